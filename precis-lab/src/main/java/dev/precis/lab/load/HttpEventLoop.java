package dev.precis.lab.load;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.locks.LockSupport;

/**
 * The load generator's engine: one thread, non-blocking sockets, HTTP/1.1 keep-alive, no thread
 * hand-offs (the design of wrk2). Each request is queued at its due time from the
 * {@link OpenLoopSchedule}; a queued request goes out on an idle connection, or on a new one while
 * fewer than {@code maxInFlight} are open, or waits for one to free up, and its latency runs from the
 * due time either way. A request or queued entry older than the timeout is abandoned and counted as a
 * timeout (its connection is closed), so a run ends within {@code warmup + duration + timeout}.
 * Not thread-safe; used once by {@link HttpLoadGenerator}.
 */
final class HttpEventLoop {

    private record Pending(long due, long id, boolean recorded) {
    }

    private final HttpLoadPlan plan;
    private final InetSocketAddress address;
    private final String hostHeader;
    private final byte[] expect;
    private final long timeoutNanos;
    private final ArrayDeque<Pending> queue = new ArrayDeque<>();
    private final ArrayDeque<Connection> idle = new ArrayDeque<>();
    private final List<Connection> busy = new ArrayList<>();
    private final ByteBuffer readBuffer = ByteBuffer.allocateDirect(64 * 1024);
    private int open;

    final LatencyRecorder latency;
    /** Latency of the succeeded (2xx) responses only: what admitted requests saw when others were refused. */
    final LatencyRecorder succeededLatency;
    final LatencyRecorder lag;
    long sent;
    long completed;
    long succeeded;
    long timeouts;
    long bytes;
    long firstRecordedDue;
    long lastRecordedSend;
    final Map<Integer, Long> statuses = new TreeMap<>();
    final Map<String, Long> errors = new TreeMap<>();

    HttpEventLoop(HttpLoadPlan plan) {
        this.plan = plan;
        URI base = plan.baseUrl();
        int port = base.getPort() < 0 ? 80 : base.getPort();
        this.address = new InetSocketAddress(base.getHost(), port);
        this.hostHeader = base.getHost() + (base.getPort() < 0 ? "" : ":" + port);
        this.expect = plan.expectBody() == null ? null : plan.expectBody().getBytes(StandardCharsets.UTF_8);
        this.timeoutNanos = plan.timeout().toNanos();
        this.latency = new LatencyRecorder((int) plan.recordedRequests());
        this.succeededLatency = new LatencyRecorder((int) plan.recordedRequests());
        this.lag = new LatencyRecorder((int) plan.recordedRequests());
    }

    void run() throws IOException {
        long warm = plan.warmupRequests();
        long total = warm + plan.recordedRequests();
        SplittableRandom random = new SplittableRandom(plan.seed());
        try (Selector selector = Selector.open()) {
            long start = System.nanoTime() + 20_000_000L;
            firstRecordedDue = start + plan.rate().dueNanos(warm);
            long next = 0;
            while (true) {
                long now = System.nanoTime();
                for (; next < total && start + plan.rate().dueNanos(next) <= now; next++) {
                    boolean recorded = next >= warm;
                    queue.add(new Pending(start + plan.rate().dueNanos(next), plan.ids().pick(random), recorded));
                    if (recorded) {
                        sent++;
                    }
                }
                dispatch(selector, now);
                expire(now);
                if (next == total && queue.isEmpty() && busy.isEmpty()) {
                    break;
                }
                long wake = next < total ? start + plan.rate().dueNanos(next) : now + 5_000_000L;
                long wait = wake - System.nanoTime();
                if (wait >= 1_000_000L) {
                    selector.select(Math.min(wait / 1_000_000L, 5));
                } else if (selector.selectNow() == 0 && wait > 0) {
                    LockSupport.parkNanos(Math.min(wait, 100_000L));
                }
                handle(selector);
            }
            for (SelectionKey k : selector.keys()) {
                k.channel().close();
            }
        }
    }

    private void dispatch(Selector selector, long now) {
        while (!queue.isEmpty()) {
            Connection c = idle.poll();
            if (c == null) {
                if (open >= plan.maxInFlight()) {
                    return;
                }
                try {
                    c = Connection.open(selector, address);
                    open++;
                } catch (IOException e) {
                    fail(queue.poll(), e);
                    continue;
                }
            }
            Pending p = queue.poll();
            busy.add(c);
            c.begin(p, request(p.id()));
            if (c.connected()) {
                write(c, now);
            }
        }
    }

    private byte[] request(long id) {
        URI u = plan.uriFor(id);
        String target = u.getRawPath() + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
        StringBuilder sb = new StringBuilder(160).append("GET ").append(target).append(" HTTP/1.1\r\nHost: ").append(hostHeader)
                .append("\r\nUser-Agent: precis-bench\r\nAccept: application/json\r\n");
        if (plan.token() != null) {
            sb.append("Authorization: Bearer ").append(plan.token()).append("\r\n");
        }
        return sb.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private void expire(long now) {
        while (!queue.isEmpty() && now - queue.peek().due() > timeoutNanos) {
            if (queue.poll().recorded()) {
                timeouts++;
            }
        }
        for (Iterator<Connection> it = busy.iterator(); it.hasNext(); ) {
            Connection c = it.next();
            if (now - c.pending().due() > timeoutNanos) {
                it.remove();
                if (c.pending().recorded()) {
                    timeouts++;
                }
                close(c);
            }
        }
    }

    private void handle(Selector selector) {
        Iterator<SelectionKey> keys = selector.selectedKeys().iterator();
        while (keys.hasNext()) {
            SelectionKey key = keys.next();
            keys.remove();
            Connection c = (Connection) key.attachment();
            if (!key.isValid()) {
                continue;
            }
            long now = System.nanoTime();
            try {
                if (key.isConnectable()) {
                    c.finishConnect();
                    if (c.pending() != null) {
                        write(c, now);
                    }
                } else if (key.isWritable()) {
                    write(c, now);
                } else if (key.isReadable()) {
                    read(c);
                }
            } catch (IOException e) {
                if (c.pending() != null) {
                    busy.remove(c);
                    fail(c.pending(), e);
                }
                idle.remove(c);
                close(c);
            }
        }
    }

    private void write(Connection c, long now) {
        try {
            if (c.write() && c.pending().recorded() && !c.lagRecorded()) {
                c.markLagRecorded();
                lag.record(now - c.pending().due());
                lastRecordedSend = Math.max(lastRecordedSend, now);
            }
        } catch (IOException e) {
            busy.remove(c);
            fail(c.pending(), e);
            close(c);
        }
    }

    private void read(Connection c) throws IOException {
        readBuffer.clear();
        int n = c.channel().read(readBuffer);
        readBuffer.flip();
        if (c.pending() == null) {
            // an idle connection became readable: the server closed it (or sent junk); drop it
            idle.remove(c);
            close(c);
            return;
        }
        HttpResponseParser parser = c.parser();
        boolean done = n < 0 ? parser.closed() : parser.feed(readBuffer);
        if (!done) {
            return;
        }
        long end = System.nanoTime();
        Pending p = c.pending();
        busy.remove(c);
        if (p.recorded()) {
            latency.record(end - p.due());
            completed++;
            statuses.merge(parser.status(), 1L, Long::sum);
            bytes += parser.bodyBytes();
            if (parser.status() / 100 == 2) {
                if (expect == null || parser.bodyContains(expect)) {
                    succeeded++;
                    succeededLatency.record(end - p.due());
                } else {
                    error("2xx body without expected text");
                }
            }
        }
        if (parser.keepAlive() && n >= 0) {
            c.finish();
            idle.add(c);
        } else {
            close(c);
        }
    }

    private void fail(Pending p, IOException e) {
        if (p != null && p.recorded()) {
            error(e instanceof ConnectException ? "connection refused" : e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
    }

    private void error(String kind) {
        String key = errors.size() < 100 || errors.containsKey(kind) ? kind : "other";
        errors.merge(key, 1L, Long::sum);
    }

    private void close(Connection c) {
        c.close();
        open--;
    }

    /** One keep-alive connection and the request it carries, if any. */
    private static final class Connection {
        private final SocketChannel channel;
        private final SelectionKey key;
        private final HttpResponseParser parser = new HttpResponseParser();
        private boolean connected;
        private Pending pending;
        private ByteBuffer out;
        private boolean lagRecorded;

        private Connection(SocketChannel channel, SelectionKey key, boolean connected) {
            this.channel = channel;
            this.key = key;
            this.connected = connected;
        }

        static Connection open(Selector selector, InetSocketAddress address) throws IOException {
            SocketChannel ch = SocketChannel.open();
            try {
                ch.configureBlocking(false);
                ch.setOption(StandardSocketOptions.TCP_NODELAY, true);
                boolean now = ch.connect(address);
                SelectionKey key = ch.register(selector, now ? SelectionKey.OP_READ : SelectionKey.OP_CONNECT);
                Connection c = new Connection(ch, key, now);
                key.attach(c);
                return c;
            } catch (IOException | RuntimeException e) {
                ch.close();
                throw e instanceof IOException io ? io : new IOException(e.getMessage(), e);
            }
        }

        void begin(Pending p, byte[] request) {
            pending = p;
            out = ByteBuffer.wrap(request);
            lagRecorded = false;
            parser.reset();
        }

        void finish() {
            pending = null;
            out = null;
        }

        void finishConnect() throws IOException {
            channel.finishConnect();
            connected = true;
            key.interestOps(SelectionKey.OP_READ);
        }

        /** Writes what it can; true once the whole request is out. */
        boolean write() throws IOException {
            channel.write(out);
            boolean all = !out.hasRemaining();
            key.interestOps(all ? SelectionKey.OP_READ : SelectionKey.OP_READ | SelectionKey.OP_WRITE);
            return all;
        }

        boolean connected() {
            return connected;
        }

        boolean lagRecorded() {
            return lagRecorded;
        }

        void markLagRecorded() {
            lagRecorded = true;
        }

        Pending pending() {
            return pending;
        }

        HttpResponseParser parser() {
            return parser;
        }

        SocketChannel channel() {
            return channel;
        }

        void close() {
            key.cancel();
            try {
                channel.close();
            } catch (IOException ignored) {
                // closing a socket we are done with; nothing to report
            }
        }
    }
}
