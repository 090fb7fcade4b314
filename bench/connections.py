#!/usr/bin/env python3
"""Connection-limit probe (127.0.0.1 only): holds COUNT idle TCP connections open to a running
`precis serve`, then times a reader page and /health on fresh connections, then lets the idle ones go
and times the reader page again.

    bench/connections.py PORT [COUNT] [PATH]      # COUNT default 2200 (the server serves 2,048), PATH /articles/1

Past the server's connection limit a request should get a quick 503 (Retry-After, Connection: close)
or a refused connection, never a stall, and /health should stay answered.
"""
import socket
import sys
import time


def get(port, path, timeout=15.0):
    """(status or error text, milliseconds) of one GET on a fresh connection."""
    start = time.monotonic()
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=timeout) as s:
            s.sendall(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".encode())
            head = s.recv(64).decode("latin-1")
            status = head.split(" ")[1] if head.startswith("HTTP/") else "no answer"
    except OSError as e:
        status = type(e).__name__
    return status, (time.monotonic() - start) * 1000


def main():
    port = int(sys.argv[1])
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 2200
    path = sys.argv[3] if len(sys.argv) > 3 else "/articles/1"
    held, failed = [], 0
    for _ in range(count):
        try:
            held.append(socket.create_connection(("127.0.0.1", port), timeout=5))
        except OSError:
            failed += 1
    time.sleep(1.0)
    print(f"connections: {len(held)} held open ({failed} not opened)")
    for label, p in (("page", path), ("health", "/health"), ("page", path), ("health", "/health")):
        status, ms = get(port, p)
        print(f"  {label:6s} {p}: {status} in {ms:.1f} ms")
    for s in held:
        s.close()
    time.sleep(1.5)
    status, ms = get(port, path)
    print(f"  after the idle connections closed, {path}: {status} in {ms:.1f} ms")


if __name__ == "__main__":
    main()
