package dev.precis.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The contract check itself can fail: answers that contradict openapi.json are caught. */
class OpenApiContractTest {

    @Test
    void pathsMatchTheirTemplatesLiteralSegmentsFirst() {
        assertThat(OpenApiContract.template("/api/articles/12/summary")).hasValue("/api/articles/{id}/summary");
        assertThat(OpenApiContract.template("/api/entities/person/Anna%20Kessel")).hasValue("/api/entities/{type}/{name}");
        assertThat(OpenApiContract.template("/articles/12")).isEmpty();
    }

    @Test
    void aBodyThatContradictsItsSchemaFails() {
        String error = "{\"status\":404,\"error\":\"no article 7\"}";
        OpenApiContract.check("GET", "/api/articles/7", 404, "application/json", error);
        // a status the operation does not list
        assertThatThrownBy(() -> OpenApiContract.check("GET", "/api/articles/7", 418, "application/json", error))
                .hasMessageContaining("does not list");
        // the error body without its required "error" field, and a string where a number belongs
        assertThatThrownBy(() -> OpenApiContract.check("GET", "/api/articles/7", 404, "application/json", "{\"status\":404}"))
                .hasMessageContaining("does not match");
        assertThatThrownBy(() -> OpenApiContract.check("GET", "/api/articles/7", 404, "application/json",
                "{\"status\":\"404\",\"error\":\"x\"}")).hasMessageContaining("does not match");
    }
}
