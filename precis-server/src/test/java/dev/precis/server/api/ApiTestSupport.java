package dev.precis.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.server.PrecisServer;
import dev.precis.server.ServerContext;
import io.javalin.Javalin;

/** Shared checks for the API tests. */
final class ApiTestSupport {

    private ApiTestSupport() {
    }

    static Javalin app(ServerContext context) {
        return PrecisServer.create(context);
    }

    /** The error body every failure must have: status, one line, no stack trace. */
    static void assertError(dev.precis.server.Http.Answer a, int status, String messagePart) {
        assertThat(a.status()).as(a.body()).isEqualTo(status);
        assertThat(a.json()).as("JSON error body: " + a.body()).isNotNull();
        assertThat(a.json().get("status").asInt()).isEqualTo(status);
        String error = a.json().get("error").asText();
        assertThat(error).containsIgnoringCase(messagePart).doesNotContain("\n").doesNotContain("\tat ").doesNotContain("Exception:");
        assertThat(a.json().size()).isEqualTo(2);
    }
}
