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

    public ServerConfig {
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("the server needs a non-empty write token");
        }
    }
}
