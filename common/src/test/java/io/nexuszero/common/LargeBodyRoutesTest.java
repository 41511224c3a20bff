package io.nexuszero.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.nexuszero.common.app.TestApplication;
import io.nexuszero.common.testing.ServiceContractTest;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * largeBodyRoutes and maxConcurrentLargeRequests through real Jetty (test-service.yml: /v1/things/bulk takes 8 MiB,
 * one large body at a time): a body above the default 1 MiB is accepted there and only there, its route's own limit
 * still answers 413, and while one large body is being received a second gets 503 with Retry-After — until the
 * first is gone, whatever way it went.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class LargeBodyRoutesTest extends ServiceContractTestSupport {

    static final DropwizardAppExtension<NexusZeroConfiguration> APP = new DropwizardAppExtension<>(
            TestApplication.class, ResourceHelpers.resourceFilePath("test-service.yml"),
            ServiceContractTest.contractOverrides(ServiceContractTest.freshDataDirectory("common-large-bodies")));

    @Override
    int port() {
        return APP.getLocalPort();
    }

    /** A JSON array of one string, {@code bytes} long in all. */
    private static String bulk(int bytes) {
        return "[\"" + "x".repeat(bytes - 4) + "\"]";
    }

    @Test
    void aLargeBodyIsAcceptedOnItsRouteOnly() throws Exception {
        HttpResponse<String> accepted = post("/v1/things/bulk", bulk(3 * 1024 * 1024));
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
        assertThat(accepted.body()).contains("\"items\":1");
        HttpResponse<String> chunked = http.send(HttpRequest.newBuilder(uri("/v1/things/bulk"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream(bulk(3 * 1024 * 1024).getBytes(StandardCharsets.US_ASCII))))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(chunked.statusCode()).as(chunked.body()).isEqualTo(200);
        // the same size elsewhere keeps the default limit
        assertError(post("/v1/things", "{\"name\":\"" + "y".repeat(2 * 1024 * 1024) + "\",\"colour\":\"RED\",\"size\":1}"),
                413, "payload_too_large");
    }

    @Test
    void theRoutesOwnLimitStillAnswers413() throws Exception {
        HttpResponse<String> response = post("/v1/things/bulk", bulk(9 * 1024 * 1024));
        JsonNode error = assertError(response, 413, "payload_too_large");
        assertThat(error.get("message").asText()).contains(Long.toString(8L * 1024 * 1024));
    }

    @Test
    void aSecondLargeBodyWaitsForTheFirst() throws Exception {
        int size = 2 * 1024 * 1024;
        try (Socket first = new Socket("127.0.0.1", port())) {
            // headers and half the body: the server holds the only permit while it waits for the rest
            OutputStream out = first.getOutputStream();
            out.write(("POST /v1/things/bulk HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + size + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(bulk(size).substring(0, size / 2).getBytes(StandardCharsets.US_ASCII));
            out.flush();
            HttpResponse<String> busy = awaitStatus(503, size);
            JsonNode error = assertError(busy, 503, "too_many_large_requests");
            assertThat(error.get("message").asText()).doesNotContain("xxxx");
            assertThat(busy.headers().firstValue("Retry-After")).contains("2");
            // small bodies on the same route need no permit
            HttpResponse<String> small = post("/v1/things/bulk", bulk(1000));
            assertThat(small.statusCode()).isEqualTo(200);
        }
        // the first client went away mid-body: its permit comes back
        HttpResponse<String> after = awaitStatus(200, size);
        assertThat(after.body()).contains("\"items\":1");
    }

    /** Posts a large body until the answer has {@code status} (the permit changes hands asynchronously). */
    private HttpResponse<String> awaitStatus(int status, int size) throws Exception {
        HttpResponse<String> response = null;
        for (int i = 0; i < 100; i++) {
            response = post("/v1/things/bulk", bulk(size));
            if (response.statusCode() == status) {
                return response;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("never " + status + ", last " + response.statusCode() + ": " + response.body());
    }
}
