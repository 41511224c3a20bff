package io.nexuszero.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.nexuszero.common.app.TestApplication;
import io.nexuszero.common.testing.ServiceContractTest;
import java.io.ByteArrayInputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every kind of bad request gets a 4xx JSON error with a stable code; a 500 leaks nothing. */
@ExtendWith(DropwizardExtensionsSupport.class)
class ErrorContractTest extends ServiceContractTestSupport {

    static final DropwizardAppExtension<NexusZeroConfiguration> APP = new DropwizardAppExtension<>(
            TestApplication.class, ResourceHelpers.resourceFilePath("test-service.yml"),
            ServiceContractTest.contractOverrides(temp()));

    private static java.nio.file.Path temp() {
        try {
            return Files.createTempDirectory("common-errors");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    int port() {
        return APP.getLocalPort();
    }

    @Test
    void validationFailuresAre422WithFieldErrors() throws Exception {
        HttpResponse<String> response = post("/v1/things", "{\"name\":\"\",\"colour\":\"RED\",\"size\":99}");
        JsonNode error = assertError(response, 422, "validation_failed");
        assertThat(error.get("errors")).hasSize(2);
        assertThat(error.get("errors").findValuesAsText("field")).containsExactly("name", "size");
    }

    @Test
    void missingBodyIsAValidationFailure() throws Exception {
        assertError(post("/v1/things", ""), 422, "validation_failed");
    }

    @Test
    void syntaxErrorsInsideNestedValuesAreMalformedJson() throws Exception {
        assertError(post("/v1/things", "{\"name\":\"a\",\"tags\":[}"), 400, "malformed_json");
    }

    @Test
    void unknownEnumValueIs400() throws Exception {
        JsonNode error = assertError(post("/v1/things", "{\"name\":\"a\",\"colour\":\"PURPLE\",\"size\":1}"),
                400, "invalid_value");
        assertThat(error.get("message").asText()).contains("colour").contains("RED");
    }

    @Test
    void wrongTypeIs400() throws Exception {
        assertError(post("/v1/things", "{\"name\":\"a\",\"colour\":\"RED\",\"size\":\"big\"}"), 400, "invalid_type");
        assertError(post("/v1/things", "{\"name\":{\"x\":1},\"colour\":\"RED\",\"size\":1}"), 400, "invalid_type");
    }

    @Test
    void unsupportedMediaTypeIs415() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/v1/things"))
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("hi")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertError(response, 415, "unsupported_media_type");
    }

    @Test
    void wrongMethodIs405AndKeepsAllow() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/v1/things/abc"))
                .DELETE().build(), HttpResponse.BodyHandlers.ofString());
        assertError(response, 405, "method_not_allowed");
        assertThat(response.headers().firstValue("Allow")).isPresent();
    }

    @Test
    void apiExceptionsKeepTheirCode() throws Exception {
        assertError(get("/v1/things/missing-1"), 404, "thing_not_found");
    }

    @Test
    void apiExceptionHeadersReachTheResponse() throws Exception {
        HttpResponse<String> response = get("/v1/things/busy-1");
        assertError(response, 429, "thing_busy");
        assertThat(response.headers().firstValue("Retry-After")).contains("7");
    }

    @Test
    void chunkedOversizedBodyIs413() throws Exception {
        byte[] body = ("{\"name\":\"" + "y".repeat(3 * 1024 * 1024) + "\",\"colour\":\"RED\",\"size\":1}").getBytes();
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/v1/things"))
                .header("Content-Type", "application/json")
                // an InputStream publisher has no length, so the body goes chunked
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertError(response, 413, "payload_too_large");
        // 3 MiB is within the 4 MiB swallow limit: the rest was read, so the connection stays open
        assertThat(response.headers().firstValue("Connection")).isEmpty();
    }

    /** Beyond the swallow limit the 413 comes at once: the server neither waits for nor reads 100 MiB. */
    @Test
    void aDeclaredBodyBeyondTheSwallowLimitIsRefusedBeforeItArrives() throws Exception {
        String reply = postHeadersOnly("Content-Length: " + 100L * 1024 * 1024);
        assertThat(reply).startsWith("HTTP/1.1 413 ").containsIgnoringCase("\r\nConnection: close\r\n")
                .contains("\"payload_too_large\"");
    }

    /** A client that waits for 100 Continue has not sent its body: it gets the 413 instead of an invitation. */
    @Test
    void aClientWaitingFor100ContinueGetsThe413Instead() throws Exception {
        String reply = postHeadersOnly("Content-Length: " + 2 * 1024 * 1024, "Expect: 100-continue");
        assertThat(reply).startsWith("HTTP/1.1 413 ").containsIgnoringCase("\r\nConnection: close\r\n")
                .contains("\"payload_too_large\"");
    }

    /**
     * Sends a POST's headers without its body and reads until the server closes: the answer must come without
     * the body (a server waiting for it fails the read after 10 s).
     */
    private String postHeadersOnly(String... headers) throws java.io.IOException {
        try (Socket socket = new Socket("127.0.0.1", port())) {
            socket.setSoTimeout(10_000);
            String head = "POST /v1/things HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + String.join("\r\n", headers) + "\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void unexpectedErrorsAre500WithoutInternals() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/v1/things/boom"))
                .header("X-Request-Id", "boom-1").build(), HttpResponse.BodyHandlers.ofString());
        JsonNode error = assertError(response, 500, "internal_error");
        assertThat(response.body()).doesNotContain("secret internal detail").doesNotContain("IllegalStateException")
                .doesNotContain("at io.");
        assertThat(error.get("message").asText()).contains("boom-1");
    }
}
