package io.nexuszero.monitor.probe;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends one GET to a target and judges the answer. Three limits keep a probe bounded: the client's connect
 * timeout, the request timeout, and a hard deadline on the whole exchange (including the body), after which
 * the exchange is cancelled whatever state it is in.
 */
public class HttpProber {

    /** Bodies are read up to this size for JSON conditions; the rest is discarded. */
    static final int MAX_BODY_BYTES = 64 * 1024;
    /** The client's own timeouts normally fire first; the hard deadline is the backstop. */
    private static final long HARD_DEADLINE_GRACE_MS = 100;

    private final Clock clock;
    private final Executor clientExecutor;
    private final String userAgent;
    /** One client per distinct timeout, because the connect timeout is a client setting. */
    private final Map<Duration, HttpClient> clients = new ConcurrentHashMap<>();

    public HttpProber(Clock clock, Executor clientExecutor, String userAgent) {
        this.clock = clock;
        this.clientExecutor = clientExecutor;
        this.userAgent = userAgent;
    }

    /** Probes the target; never throws except when the calling thread is interrupted. */
    public CheckResult probe(Target target) throws InterruptedException {
        // Built before the clock starts: creating a client (SSL context and all) is not the target's latency.
        HttpClient client = client(target.timeout());
        // Millisecond precision: what the database keeps, so a restart reports the same instants.
        Instant startedAt = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        long start = System.nanoTime();
        HttpRequest.Builder builder = HttpRequest.newBuilder(target.requestUrl())
                .GET()
                .timeout(target.timeout())
                .header("User-Agent", userAgent)
                .header("Accept", "application/json, text/plain;q=0.9, */*;q=0.8");
        target.basicAuthorization().ifPresent(value -> builder.header("Authorization", value));
        HttpRequest request = builder.build();
        CompletableFuture<HttpResponse<byte[]>> exchange =
                client.sendAsync(request, BoundedBodySubscriber.handler(MAX_BODY_BYTES));
        try {
            HttpResponse<byte[]> response =
                    exchange.get(target.timeout().toMillis() + HARD_DEADLINE_GRACE_MS, TimeUnit.MILLISECONDS);
            Duration latency = Duration.ofNanos(System.nanoTime() - start);
            Optional<String> failure = target.conditions().failureOf(response.statusCode(), latency, response.body());
            return new CheckResult(target.name(), startedAt, failure.isEmpty(), latency.toMillis(),
                    response.statusCode(), failure.orElse(CheckResult.OK));
        } catch (TimeoutException e) {
            exchange.cancel(true);
            return failed(target, startedAt, start, "timeout after " + Durations.format(target.timeout()));
        } catch (ExecutionException e) {
            return failed(target, startedAt, start, reasonFor(e.getCause(), target));
        } catch (CancellationException e) {
            return failed(target, startedAt, start, "probe cancelled");
        } catch (InterruptedException e) {
            exchange.cancel(true);
            throw e;
        }
    }

    private static CheckResult failed(Target target, Instant startedAt, long startNanos, String reason) {
        long latencyMs = Duration.ofNanos(System.nanoTime() - startNanos).toMillis();
        return new CheckResult(target.name(), startedAt, false, latencyMs, null, reason);
    }

    /** A short, stable reason: what an operator needs, never a stack trace. */
    static String reasonFor(Throwable error, Target target) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof HttpConnectTimeoutException) {
                return "connect timeout after " + Durations.format(target.timeout());
            }
            if (t instanceof HttpTimeoutException) {
                return "timeout after " + Durations.format(target.timeout());
            }
            if (t instanceof UnresolvedAddressException) {
                return "unknown host " + target.url().getHost();
            }
            if (t instanceof ConnectException) {
                return "connection refused";
            }
            if (t.getCause() == t) {
                break;
            }
        }
        if (error instanceof IOException && error.getMessage() != null) {
            String message = error.getMessage();
            return "io error: " + (message.length() > 120 ? message.substring(0, 120) : message);
        }
        return "probe failed: " + error.getClass().getSimpleName();
    }

    /** Builds the clients up front, so the first probe after startup is not slowed by their creation. */
    public void prepare(java.util.Collection<Target> targets) {
        targets.forEach(target -> client(target.timeout()));
    }

    private HttpClient client(Duration timeout) {
        return clients.computeIfAbsent(timeout, t -> HttpClient.newBuilder()
                .connectTimeout(t)
                .followRedirects(HttpClient.Redirect.NORMAL)
                // HTTP/1.1: no h2c upgrade dance against plain-HTTP health endpoints.
                .version(HttpClient.Version.HTTP_1_1)
                .executor(clientExecutor)
                .build());
    }
}
