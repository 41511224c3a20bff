package io.nexuszero.common.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.glassfish.jersey.server.ContainerResponse;
import org.glassfish.jersey.server.ExtendedUriInfo;
import org.glassfish.jersey.server.monitoring.ApplicationEvent;
import org.glassfish.jersey.server.monitoring.ApplicationEventListener;
import org.glassfish.jersey.server.monitoring.RequestEvent;
import org.glassfish.jersey.server.monitoring.RequestEventListener;
import org.glassfish.jersey.uri.UriTemplate;

/**
 * Records {@code nexuszero_request_count_total} and {@code nexuszero_request_latency_seconds} per
 * route template, so label cardinality is bounded by the API, not by what clients send.
 */
public class HttpMetricsListener implements ApplicationEventListener {

    /** The single endpoint label for every request that matched no resource. */
    public static final String UNMATCHED = "UNMATCHED";

    static final Duration[] LATENCY_BUCKETS = LatencyBuckets.REQUEST.upTo(Duration.ofSeconds(10));

    private final MeterRegistry registry;

    /** Meters by label values: building and sorting tags per request costs more than the request's metrics. */
    private final Map<CountKey, Counter> counters = new ConcurrentHashMap<>();
    private final Map<RouteKey, Timer> timers = new ConcurrentHashMap<>();

    private record RouteKey(String method, String endpoint) {
    }

    private record CountKey(String method, String endpoint, int status) {
    }

    public HttpMetricsListener(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void onEvent(ApplicationEvent event) {
        // nothing to do at application level
    }

    @Override
    public RequestEventListener onRequest(RequestEvent requestEvent) {
        long startNanos = System.nanoTime();
        return event -> {
            if (event.getType() == RequestEvent.Type.FINISHED) {
                record(event, System.nanoTime() - startNanos);
            }
        };
    }

    private void record(RequestEvent event, long elapsedNanos) {
        String method = event.getContainerRequest().getMethod();
        String endpoint = endpointOf(event.getUriInfo());
        ContainerResponse response = event.getContainerResponse();
        int status = response == null ? 500 : response.getStatus();

        counters.computeIfAbsent(new CountKey(method, endpoint, status), key -> Counter.builder("nexuszero.request.count")
                .description("HTTP requests by method, route template and status code")
                .tags("method", key.method(), "endpoint", key.endpoint(), "status_code", Integer.toString(key.status()))
                .register(registry))
                .increment();
        timers.computeIfAbsent(new RouteKey(method, endpoint), key -> Timer.builder("nexuszero.request.latency")
                .description("HTTP request latency by method and route template")
                .tags("method", key.method(), "endpoint", key.endpoint())
                .serviceLevelObjectives(LATENCY_BUCKETS)
                .register(registry))
                .record(elapsedNanos, TimeUnit.NANOSECONDS);
    }

    /** Joins the matched templates (innermost first in Jersey) into the full route, e.g. /v1/keys/{keyId}. */
    static String endpointOf(ExtendedUriInfo uriInfo) {
        if (uriInfo == null || uriInfo.getMatchedResourceMethod() == null) {
            return UNMATCHED;
        }
        List<UriTemplate> templates = new ArrayList<>(uriInfo.getMatchedTemplates());
        StringBuilder route = new StringBuilder();
        for (int i = templates.size() - 1; i >= 0; i--) {
            String part = templates.get(i).getTemplate();
            if (part.isEmpty() || part.equals("/")) {
                continue;
            }
            if (!part.startsWith("/")) {
                route.append('/');
            }
            route.append(part.endsWith("/") ? part.substring(0, part.length() - 1) : part);
        }
        return route.length() == 0 ? "/" : route.toString();
    }
}
