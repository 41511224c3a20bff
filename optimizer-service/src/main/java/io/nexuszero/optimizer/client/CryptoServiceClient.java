package io.nexuszero.optimizer.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.resilience4j.core.functions.CheckedSupplier;
import io.github.resilience4j.retry.Retry;
import io.nexuszero.common.requestid.RequestIdFilter;
import org.slf4j.MDC;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * HTTP client of crypto-service's API (the contract in docs/API.md): timeouts on every call, retries with jittered
 * exponential backoff on connection errors and 5xx ({@link CryptoServiceRetry}), and patience with a busy benchmark
 * runner (429 + Retry-After). Anything else (4xx) fails at once: retrying a bad request cannot help. The request id
 * of the request being served (or of the training job) travels as {@code X-Request-Id}, so one id finds a call in
 * both services' logs.
 */
public class CryptoServiceClient {
    /** crypto-service's cap on candidates per evaluate call. */
    public static final int MAX_EVALUATE_BATCH = 500;

    private static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(1);

    private final URI baseUri;
    private final HttpClient http;
    private final ObjectMapper json;
    private final Duration requestTimeout;
    private final Duration benchmarkTimeout;
    private final Retry retry;
    private final Duration maxBusyWait;
    private final Optional<String> bearerToken;

    public CryptoServiceClient(URI baseUri, Duration connectTimeout, Duration requestTimeout, Duration benchmarkTimeout,
                               Retry retry, Duration maxBusyWait, Optional<String> bearerToken, ObjectMapper json) {
        this.baseUri = baseUri;
        this.requestTimeout = requestTimeout;
        this.benchmarkTimeout = benchmarkTimeout;
        this.retry = retry;
        this.maxBusyWait = maxBusyWait;
        this.bearerToken = bearerToken.filter(t -> !t.isBlank());
        this.json = json;
        this.http = HttpClient.newBuilder().connectTimeout(connectTimeout).version(HttpClient.Version.HTTP_1_1).build();
    }

    public URI baseUri() {
        return baseUri;
    }

    public ServiceInfo info() throws CryptoServiceException {
        return call("GET", "/v1/info", null, ServiceInfo.class, requestTimeout, false);
    }

    /** One info call without retries and with its own timeout: for health checks, which must answer fast. */
    public ServiceInfo infoOnce(Duration timeout) throws CryptoServiceException {
        return attempt("GET", "/v1/info", null, ServiceInfo.class, timeout, false);
    }

    public List<EvaluationResult> evaluate(EvaluateRequest request) throws CryptoServiceException {
        return evaluate(request, true);
    }

    /** One evaluate call without retries: for answering a user's request, which must not wait out a backoff. */
    public List<EvaluationResult> evaluateOnce(EvaluateRequest request) throws CryptoServiceException {
        return evaluate(request, false);
    }

    private List<EvaluationResult> evaluate(EvaluateRequest request, boolean retry) throws CryptoServiceException {
        if (request.candidates().isEmpty() || request.candidates().size() > MAX_EVALUATE_BATCH) {
            throw new IllegalArgumentException("evaluate takes 1.." + MAX_EVALUATE_BATCH + " candidates");
        }
        String path = "/v1/parameter-sets/evaluate";
        EvaluationResult.Response response = retry
                ? call("POST", path, request, EvaluationResult.Response.class, requestTimeout, false)
                : attempt("POST", path, request, EvaluationResult.Response.class, requestTimeout, false);
        if (response.results() == null || response.results().size() != request.candidates().size()) {
            throw new CryptoServiceException(200, "bad_response",
                    "crypto-service answered evaluate with a different number of results than candidates");
        }
        return response.results();
    }

    public BenchmarkResult benchmark(BenchmarkRequest request) throws CryptoServiceException {
        return call("POST", "/v1/benchmarks", request, BenchmarkResult.class, benchmarkTimeout, true);
    }

    private <T> T call(String method, String path, Object body, Class<T> type, Duration timeout, boolean authorized)
            throws CryptoServiceException {
        Duration busyWaited = Duration.ZERO;
        while (true) {
            try {
                return withRetries(method, path, () -> attempt(method, path, body, type, timeout, authorized));
            } catch (BusyException busy) {
                Duration wait = busy.retryAfter;
                if (busyWaited.plus(wait).compareTo(maxBusyWait) > 0) {
                    throw new CryptoServiceException(429, "benchmark_busy",
                            "crypto-service stayed busy for longer than " + maxBusyWait.toSeconds() + " s on " + path);
                }
                busyWaited = busyWaited.plus(wait);
                sleep(wait);
            }
        }
    }

    private <T> T withRetries(String method, String path, CheckedSupplier<T> call) throws CryptoServiceException {
        try {
            return retry.executeCheckedSupplier(call);
        } catch (CryptoServiceException e) {
            if (CryptoServiceRetry.retryable(e)) {
                throw new CryptoServiceException(e.status(), e.code(), "crypto-service " + method + " " + path
                        + " failed after " + retry.getRetryConfig().getMaxAttempts() + " attempts: " + e.getMessage(), e);
            }
            throw e;
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T attempt(String method, String path, Object body, Class<T> type, Duration timeout, boolean authorized)
            throws CryptoServiceException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(baseUri.resolve(path))
                .timeout(timeout)
                .header("Accept", "application/json");
        String requestId = MDC.get(RequestIdFilter.MDC_KEY);
        if (requestId != null) {
            builder.header(RequestIdFilter.HEADER, requestId);
        }
        if (authorized) {
            bearerToken.ifPresent(token -> builder.header("Authorization", "Bearer " + token));
        }
        if (body == null) {
            builder.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            builder.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofByteArray(write(body)));
        }
        HttpResponse<String> response;
        try {
            response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new CryptoServiceException(0, "unreachable",
                    "crypto-service at " + baseUri + " is unreachable: " + describe(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CryptoServiceException(0, "interrupted", "interrupted while calling crypto-service", e);
        }
        int status = response.statusCode();
        if (status / 100 == 2) {
            try {
                return json.readValue(response.body(), type);
            } catch (IOException e) {
                throw new CryptoServiceException(status, "bad_response",
                        "crypto-service answered " + path + " with unreadable JSON: " + e.getMessage(), e);
            }
        }
        if (status == 429) {
            throw new BusyException(retryAfter(response));
        }
        String code = errorCode(response.body()).orElse("http_" + status);
        throw new CryptoServiceException(status, code, "crypto-service answered " + method + " " + path
                + " with " + status + " " + code + errorMessage(response.body()).map(m -> ": " + m).orElse(""));
    }

    private byte[] write(Object body) throws CryptoServiceException {
        try {
            return json.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new CryptoServiceException(0, "bad_request", "cannot encode request: " + e.getMessage(), e);
        }
    }

    private static Duration retryAfter(HttpResponse<String> response) {
        return response.headers().firstValue("Retry-After").flatMap(value -> {
            try {
                return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(value.trim()))));
            } catch (NumberFormatException e) {
                return Optional.empty();   // an HTTP date is allowed but crypto-service sends seconds
            }
        }).orElse(DEFAULT_RETRY_AFTER);
    }

    private Optional<String> errorCode(String body) {
        return field(body, "code");
    }

    private Optional<String> errorMessage(String body) {
        return field(body, "message");
    }

    private Optional<String> field(String body, String name) {
        try {
            JsonNode node = json.readTree(body);
            return node != null && node.hasNonNull(name) ? Optional.of(node.get(name).asText()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static String describe(IOException e) {
        return e.getMessage() != null ? e.getClass().getSimpleName() + ": " + e.getMessage() : e.getClass().getSimpleName();
    }

    private static void sleep(Duration duration) throws CryptoServiceException {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CryptoServiceException(0, "interrupted", "interrupted while waiting to retry crypto-service", e);
        }
    }

    /** A 429: not a failure, a request to come back later. */
    private static final class BusyException extends CryptoServiceException {
        private final Duration retryAfter;

        BusyException(Duration retryAfter) {
            super(429, "benchmark_busy", "crypto-service is busy");
            this.retryAfter = retryAfter;
        }
    }
}
