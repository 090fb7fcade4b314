package dev.precis.server;

/**
 * How the server listens and who may do what. Immutable.
 *
 * @param host interface to bind (127.0.0.1 by default; tests always use loopback)
 * @param port TCP port (0 picks a free one)
 * @param token the token that write requests must carry ({@code Authorization: Bearer TOKEN})
 * @param protectReads true when reading also needs the token
 * @param maxRequestBytes largest request body accepted
 */
public record ServerConfig(String host, int port, String token, boolean protectReads, long maxRequestBytes) {

    /** Default largest request body: 2 MiB (a pasted article or a batch of a few hundred items). */
    public static final long DEFAULT_MAX_REQUEST_BYTES = 2L * 1024 * 1024;

    public ServerConfig {
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("the server needs a non-empty write token");
        }
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("the server needs a host to bind, e.g. 127.0.0.1");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be in 0..65535, got " + port);
        }
        if (maxRequestBytes < 1024) {
            throw new IllegalArgumentException("maxRequestBytes must be at least 1024, got " + maxRequestBytes);
        }
    }

    /** Loopback on a free port, open reads, the default body limit. */
    public static ServerConfig loopback(String token) {
        return new ServerConfig("127.0.0.1", 0, token, false, DEFAULT_MAX_REQUEST_BYTES);
    }

    public ServerConfig withProtectReads(boolean value) {
        return new ServerConfig(host, port, token, value, maxRequestBytes);
    }

    public ServerConfig withMaxRequestBytes(long value) {
        return new ServerConfig(host, port, token, protectReads, value);
    }
}
