package io.nexuszero.common.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one JSON-over-HTTP client the services' tests use against a real server on 127.0.0.1: static calls for the
 * plain cases, an instance when every request carries a header (a bearer token).
 */
public final class Http {

    public static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

    private final String base;
    private final Map<String, String> headers;

    public Http(int port) {
        this("http://127.0.0.1:" + port, Map.of());
    }

    private Http(String base, Map<String, String> headers) {
        this.base = base;
        this.headers = headers;
    }

    /** A client that also sends {@code name: value} on every request. */
    public Http withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new Http(base, Map.copyOf(more));
    }

    /** A client that sends {@code Authorization: <value>} (pass "Bearer xyz"). */
    public Http withToken(String authorization) {
        return withHeader("Authorization", authorization);
    }

    /** The answer: status, body, and the raw response for headers. */
    public record Reply(int status, String body, HttpResponse<String> raw) {

        /** The body as JSON; null when the body is empty. */
        public JsonNode json() {
            if (body.isEmpty()) {
                return null;
            }
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (" + status + "): " + body, e);
            }
        }

        /** The {@code code} of a JSON error body, or null when there is none. */
        public String code() {
            try {
                JsonNode json = body.isEmpty() ? null : JSON.readTree(body);
                return json == null || json.get("code") == null ? null : json.get("code").asText();
            } catch (IOException e) {
                return null;
            }
        }

        public String text(String field) {
            return json().get(field).asText();
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    public Reply get(String path) {
        return send(request(path).GET());
    }

    /** POSTs a String as it is, anything else as JSON. */
    public Reply post(String path, Object body) {
        String text;
        try {
            text = body instanceof String s ? s : JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(text)));
    }

    public static Reply get(int port, String path) {
        return new Http(port).get(path);
    }

    public static Reply post(int port, String path, Object body) {
        return new Http(port).post(path, body);
    }

    /** GET that must answer 200, parsed as JSON. */
    public static JsonNode getJson(int port, String path) {
        Reply reply = get(port, path);
        if (reply.status() != 200) {
            throw new AssertionError("GET " + path + " answered " + reply.status() + ": " + reply.body());
        }
        return reply.json();
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(REQUEST_TIMEOUT);
        headers.forEach(builder::header);
        return builder;
    }

    private static Reply send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response = CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
