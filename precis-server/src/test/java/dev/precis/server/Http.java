package dev.precis.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/** Small helpers over the test client: requests with or without the token, JSON answers checked against openapi.json. */
public final class Http {

    public static final ObjectMapper JSON = new ObjectMapper();
    public static final MediaType JSON_TYPE = MediaType.get("application/json");

    /** An answer: status, body text, the body as JSON (null when it is not JSON), and headers. */
    public record Answer(int status, String body, JsonNode json, okhttp3.Headers headers) {
        public String header(String name) {
            return headers.get(name);
        }
    }

    private Http() {
    }

    public static Answer get(TestServer.Client client, String path) throws IOException {
        return answer(client.request(path, b -> b.get()));
    }

    public static Answer get(TestServer.Client client, String path, String token) throws IOException {
        return answer(client.request(path, b -> b.get().header("Authorization", "Bearer " + token)));
    }

    /** POST with a body and, when {@code token} is not null, the bearer token. */
    public static Answer post(TestServer.Client client, String path, String body, String token) throws IOException {
        return answer(client.request(path, b -> auth(b.post(RequestBody.create(body, JSON_TYPE)), token)));
    }

    public static Answer post(TestServer.Client client, String path, RequestBody body, String token) throws IOException {
        return answer(client.request(path, b -> auth(b.post(body), token)));
    }

    /** DELETE with, when {@code token} is not null, the bearer token. */
    public static Answer delete(TestServer.Client client, String path, String token) throws IOException {
        return answer(client.request(path, b -> auth(b.delete(), token)));
    }

    private static Request.Builder auth(Request.Builder b, String token) {
        return token == null ? b : b.header("Authorization", "Bearer " + token);
    }

    public static Answer answer(Response r) throws IOException {
        try (r) {
            String body = r.body() == null ? "" : r.body().string();
            JsonNode json = null;
            String type = r.header("Content-Type");
            if (type != null && type.startsWith("application/json")) {
                json = JSON.readTree(body);
            }
            // every API answer must be what openapi.json says it is
            String path = r.request().url().encodedPath()
                    + (r.request().url().encodedQuery() == null ? "" : "?" + r.request().url().encodedQuery());
            OpenApiContract.check(r.request().method(), path, r.code(), type, body);
            return new Answer(r.code(), body, json, r.headers());
        }
    }
}
