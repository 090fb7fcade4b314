package dev.precis.cli;

import io.javalin.Javalin;
import io.javalin.util.JavalinBindException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;

/**
 * Where {@code precis serve} listens: the port is tried before anything is written (a token, a new library), and a
 * failed bind is one line naming the host, the port and why, with no logger line above it. Stateless.
 */
final class ListenPort {

    private ListenPort() {
    }

    /** Fails with one line when {@code host:port} cannot be bound now (port 0 picks a free one: nothing to try). */
    static void checkFree(String host, int port) {
        if (port == 0) {
            return;
        }
        try (ServerSocket s = new ServerSocket()) {
            s.setReuseAddress(true); // as Jetty binds: a port a stopped server left in TIME_WAIT is free
            s.bind(new InetSocketAddress(host, port));
        } catch (IOException e) {
            throw new UserInputException(problem(host, port, e));
        }
    }

    /**
     * Starts {@code app}; a port taken since {@link #checkFree} is the same one line. Javalin logs "Failed to start
     * Javalin" at ERROR before it throws, and slf4j-simple has no filter, so what is written to standard error while
     * it starts is held: shown as it was when the start works or fails otherwise, shown without that one line
     * when the port was taken (its other warnings still show; switching Javalin's logger off hid them too).
     */
    static void start(Javalin app, String host, int port) {
        PrintStream console = System.err;
        ByteArrayOutputStream held = new ByteArrayOutputStream();
        boolean portTaken = false;
        System.setErr(new PrintStream(held, true, StandardCharsets.UTF_8));
        try {
            app.start(host, port);
        } catch (JavalinBindException e) {
            portTaken = true;
            throw new UserInputException(problem(host, port, e));
        } finally {
            System.setErr(console);
            String log = held.toString(StandardCharsets.UTF_8);
            console.print(portTaken ? withoutFailedStart(log) : log);
            console.flush();
        }
    }

    /** The held log without Javalin's own line about the failed start (the one-line error says it better). */
    static String withoutFailedStart(String log) {
        return log.lines().filter(l -> !(l.contains("io.javalin.Javalin") && l.contains("Failed to start Javalin")))
                .map(l -> l + System.lineSeparator()).collect(java.util.stream.Collectors.joining());
    }

    /** "cannot listen on HOST:PORT: why", the why from the bind error in {@code e}'s causes. */
    static String problem(String host, int port, Throwable e) {
        String why = "";
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BindException && t.getMessage() != null) {
                why = t.getMessage();
                break;
            }
        }
        String where = "cannot listen on " + (host.contains(":") ? "[" + host + "]" : host) + ":" + port + ": ";
        if (why.contains("in use")) {
            return where + "the port is already in use (another 'precis serve'?); give another --port, or --port 0 for a free one";
        }
        if (why.contains("ermission denied")) {
            return where + "permission denied (ports below 1024 need privileges); give a --port from 1024 up";
        }
        return where + (why.isEmpty() ? String.valueOf(e.getMessage()).lines().findFirst().orElse("") : why) + " (try another --port)";
    }
}
