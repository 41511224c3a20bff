package io.nexuszero.optimizer.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.github.resilience4j.core.IntervalFunction;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.nexuszero.common.requestid.RequestIdFilter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The client's failure handling against a scripted local HTTP server: the real crypto-service cannot be made to
 * answer 429 or 503 on cue, so these answers are played back (over real HTTP on 127.0.0.1).
 */
class CryptoServiceClientTest {
    private static final String INFO = "{\"service\":\"crypto-service\",\"version\":\"9.9.9\",\"uptimeSeconds\":3}";
    private final Deque<String[]> script = new ArrayDeque<>();   // {status, body, retryAfter or null}
    private final List<String> authorizations = new ArrayList<>();
    private final List<String> requestIds = new ArrayList<>();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private HttpServer server;

    private CryptoServiceClient client(int attempts, String token) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            requestIds.add(String.valueOf(exchange.getRequestHeaders().getFirst(RequestIdFilter.HEADER)));
            String[] next = script.isEmpty() ? new String[] {"500", "{}", null} : script.poll();
            byte[] body = next[1].getBytes(StandardCharsets.UTF_8);
            if (next[2] != null) {
                exchange.getResponseHeaders().add("Retry-After", next[2]);
            }
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(Integer.parseInt(next[0]), body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        return new CryptoServiceClient(URI.create("http://127.0.0.1:" + server.getAddress().getPort()),
                Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(2),
                CryptoServiceRetry.build(attempts, Duration.ofMillis(10), Duration.ofMillis(40), registry),
                Duration.ofSeconds(3), Optional.ofNullable(token), new ObjectMapper());
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void waitsOutABusyBenchmarkRunnerThenSucceeds() throws Exception {
        CryptoServiceClient client = client(1, "s3cret");
        script.add(new String[] {"429", "{\"code\":\"benchmark_busy\",\"message\":\"busy\"}", "1"});
        script.add(new String[] {"200", "{\"operation\":\"prove\",\"iterations\":3,\"medianMicros\":812.5,"
                + "\"p90Micros\":900,\"meanMicros\":850,\"proofBytes\":1234}", null});
        long start = System.nanoTime();
        BenchmarkResult result = client.benchmark(new BenchmarkRequest(null, "prove", "lwe-secret", 1, 3));
        assertThat(result.medianMicros()).isEqualTo(812.5);
        assertThat(result.proofBytes()).isEqualTo(1234);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(900));
        assertThat(authorizations).containsOnly("Bearer s3cret");
    }

    @Test
    void givesUpWhenBusyForTooLong() throws Exception {
        CryptoServiceClient client = client(1, null);
        for (int i = 0; i < 5; i++) {
            script.add(new String[] {"429", "{\"code\":\"benchmark_busy\"}", "2"});
        }
        assertThatThrownBy(() -> client.benchmark(new BenchmarkRequest(null, "prove", "lwe-secret", 1, 3)))
                .isInstanceOf(CryptoServiceException.class).hasMessageContaining("stayed busy");
        assertThat(authorizations).doesNotContain("Bearer null").containsOnly("null");
    }

    @Test
    void retriesServerErrorsWithBackoff() throws Exception {
        CryptoServiceClient client = client(3, null);
        script.add(new String[] {"503", "{\"code\":\"unavailable\"}", null});
        script.add(new String[] {"500", "{}", null});
        script.add(new String[] {"200", INFO, null});
        assertThat(client.info().version()).isEqualTo("9.9.9");
        assertThat(authorizations).hasSize(3);
        assertThat(retryCalls("successful_with_retry")).isEqualTo(1);
    }

    @Test
    void forwardsTheRequestIdOfTheRequestBeingServed() throws Exception {
        CryptoServiceClient client = client(1, null);
        script.add(new String[] {"200", INFO, null});
        script.add(new String[] {"200", INFO, null});
        MDC.put(RequestIdFilter.MDC_KEY, "req-from-optimizer-42");
        try {
            client.info();
        } finally {
            MDC.remove(RequestIdFilter.MDC_KEY);
        }
        client.info();
        assertThat(requestIds).containsExactly("req-from-optimizer-42", "null");
    }

    @Test
    void failsAtOnceOnAClientErrorWithTheServicesCode() throws Exception {
        CryptoServiceClient client = client(5, null);
        script.add(new String[] {"422", "{\"code\":\"invalid_parameters\",\"message\":\"modulus 7 is not NTT friendly\"}", null});
        assertThatThrownBy(client::info).isInstanceOfSatisfying(CryptoServiceException.class, e -> {
            assertThat(e.status()).isEqualTo(422);
            assertThat(e.code()).isEqualTo("invalid_parameters");
            assertThat(e.getMessage()).contains("modulus 7 is not NTT friendly");
        });
        assertThat(authorizations).hasSize(1);
    }

    @Test
    void unreachableServiceFailsAfterTheConfiguredAttempts() throws Exception {
        CryptoServiceClient client = new CryptoServiceClient(URI.create("http://127.0.0.1:1"), Duration.ofMillis(500),
                Duration.ofSeconds(1), Duration.ofSeconds(1),
                CryptoServiceRetry.build(3, Duration.ofMillis(10), Duration.ofMillis(20), registry),
                Duration.ofSeconds(1), Optional.empty(), new ObjectMapper());
        assertThatThrownBy(client::info).isInstanceOfSatisfying(CryptoServiceException.class, e -> {
            assertThat(e.status()).isZero();
            assertThat(e.code()).isEqualTo("unreachable");
            assertThat(e.getMessage()).contains("after 3 attempts");
        });
    }

    @Test
    void backoffDoublesUpToTheCapWithJitter() {
        IntervalFunction backoff = CryptoServiceRetry.backoff(Duration.ofMillis(100), Duration.ofMillis(350));
        // Attempt n waits 100·2^(n-1) ms ± 50 %, never more than the cap.
        List<Long> first = IntStream.range(0, 200).mapToObj(i -> backoff.apply(1)).toList();
        assertThat(first).allSatisfy(ms -> assertThat(ms).isBetween(50L, 150L));
        assertThat(first.stream().distinct().count()).as("jittered, not one fixed wait").isGreaterThan(20);
        List<Long> second = IntStream.range(0, 200).mapToObj(i -> backoff.apply(2)).toList();
        assertThat(second).allSatisfy(ms -> assertThat(ms).isBetween(100L, 300L));
        assertThat(IntStream.range(0, 200).mapToObj(i -> backoff.apply(6)))
                .allSatisfy(ms -> assertThat(ms).isLessThanOrEqualTo(350L));
    }

    @Test
    void failuresAfterEveryAttemptAndClientErrorsAreCounted() throws Exception {
        CryptoServiceClient client = client(2, null);
        script.add(new String[] {"503", "{}", null});
        script.add(new String[] {"503", "{}", null});
        script.add(new String[] {"404", "{\"code\":\"not_found\"}", null});
        assertThatThrownBy(client::info).hasMessageContaining("after 2 attempts");
        assertThatThrownBy(client::info).isInstanceOfSatisfying(CryptoServiceException.class,
                e -> assertThat(e.status()).isEqualTo(404));
        assertThat(retryCalls("failed_with_retry")).isEqualTo(1);
        assertThat(retryCalls("failed_without_retry")).isEqualTo(1);
    }

    private double retryCalls(String kind) {
        return registry.get("resilience4j.retry.calls").tags("name", CryptoServiceRetry.NAME, "kind", kind)
                .functionCounter().count();
    }
}
