package io.nexuszero.common.testing;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;

/**
 * The foundation contract every NexusZero service keeps (issue "Foundation"): it starts, answers
 * /v1/info and its admin health endpoints, exports Prometheus metrics by route template, answers
 * bad requests with JSON errors, and stays responsive with the Loki appender pointed at nothing.
 * Each service extends this with its own running application.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
public abstract class ServiceContractTest {

    /** Nothing listens here: the Loki appender must not slow the service down. */
    public static final String UNREACHABLE_LOKI = "http://127.0.0.1:9/loki/api/v1/push";

    /** Overrides that every contract run uses: random ports, a temporary data directory, Loki on and unreachable. */
    public static ConfigOverride[] contractOverrides(Path dataDirectory, ConfigOverride... more) {
        List<ConfigOverride> overrides = new ArrayList<>(List.of(
                ConfigOverride.config("server.applicationConnectors[0].port", "0"),
                ConfigOverride.config("server.adminConnectors[0].port", "0"),
                ConfigOverride.config("dataDirectory", dataDirectory.toString()),
                ConfigOverride.config("logging.appenders[1].enabled", "true"),
                ConfigOverride.config("logging.appenders[1].url", UNREACHABLE_LOKI)));
        overrides.addAll(List.of(more));
        return overrides.toArray(ConfigOverride[]::new);
    }

    /** A new, empty data directory for one test application. */
    public static Path freshDataDirectory(String prefix) {
        try {
            return java.nio.file.Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    protected static final ObjectMapper JSON = new ObjectMapper();

    protected final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    protected abstract DropwizardAppExtension<?> app();

    protected abstract String serviceName();

    /** A route template with one path parameter, answered by GET, e.g. {@code /v1/keys/{keyId}}. */
    protected abstract String idRouteTemplate();

    /** A POST endpoint that reads a JSON body. */
    protected abstract String jsonPostPath();

    /** Calls that make the service register its domain metrics before the docs check scrapes it. */
    protected void generateDomainTraffic() throws Exception {
    }

    @Test
    void infoAnswers() throws Exception {
        HttpResponse<String> response = get(app().getLocalPort(), "/v1/info");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode info = JSON.readTree(response.body());
        assertThat(info.get("service").asText()).isEqualTo(serviceName());
        assertThat(info.get("version").asText()).isNotBlank().isNotEqualTo("unknown");
        assertThat(info.get("uptimeSeconds").asLong()).isGreaterThanOrEqualTo(0);
    }

    @Test
    void adminHealthEndpointsAreHealthy() throws Exception {
        HttpResponse<String> health = get(app().getAdminPort(), "/healthcheck");
        assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
        JSON.readTree(health.body()).forEach(check -> assertThat(check.get("healthy").asBoolean())
                .as(health.body()).isTrue());
        assertThat(get(app().getAdminPort(), "/ping").statusCode()).isEqualTo(200);
        HttpResponse<String> ready = get(app().getAdminPort(), "/ready");
        assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
        assertThat(JSON.readTree(ready.body()).get("ready").asBoolean()).isTrue();
    }

    @Test
    void metricsAreOnTheAdminPortOnly() throws Exception {
        // jvm_gc_pause_seconds appears after the first collection is reported; the app runs in this JVM, so cause one.
        for (int attempt = 0; attempt < 50 && !scrape().hasFamily("jvm_gc_pause_seconds"); attempt++) {
            System.gc();
            Thread.sleep(100);
        }
        assertThat(get(app().getLocalPort(), "/metrics").statusCode()).isEqualTo(404);
        HttpResponse<String> metrics = get(app().getAdminPort(), "/metrics");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
        PrometheusText scrape = PrometheusText.parse(metrics.body());
        for (String family : List.of("jvm_memory_used_bytes", "jvm_gc_pause_seconds", "jvm_threads_live_threads",
                "jvm_classes_loaded_classes", "process_cpu_usage", "process_uptime_seconds",
                "process_files_open_files", "jetty_threads_busy", "jetty_connections_current_connections")) {
            assertThat(scrape.hasFamily(family)).as(family).isTrue();
        }
        assertThat(scrape.samples()).allSatisfy(sample ->
                assertThat(sample.labels()).as(sample.name()).containsEntry("service", serviceName()));
    }

    /** promtool's check: a metric without help text is a metric nobody can read on a dashboard. */
    @Test
    void everyNexusZeroMetricHasHelpText() throws Exception {
        generateDomainTraffic();
        String text = get(app().getAdminPort(), "/metrics").body();
        Set<String> typed = new TreeSet<>();
        Set<String> helped = new TreeSet<>();
        for (String line : text.split("\n")) {
            String[] parts = line.split(" ", 4);
            if (parts.length == 4 && parts[2].startsWith("nexuszero_") && parts[0].equals("#")) {
                if (parts[1].equals("TYPE")) {
                    typed.add(parts[2]);
                } else if (parts[1].equals("HELP") && !parts[3].isBlank()) {
                    helped.add(parts[2]);
                }
            }
        }
        assertThat(typed).isNotEmpty();
        assertThat(helped).containsAll(typed);
    }

    /** What Prometheus 3 sends: OpenMetrics preferred, the classic text format as a fallback. */
    static final String PROMETHEUS_ACCEPT = "application/openmetrics-text;version=1.0.0,"
            + "application/openmetrics-text;version=0.0.1;q=0.75,text/plain;version=0.0.4;q=0.5,*/*;q=0.1";

    @Test
    void metricsSpeakOpenMetricsWhenPrometheusAsks() {
        Http.Reply openMetrics = new Http(app().getAdminPort()).withHeader("Accept", PROMETHEUS_ACCEPT).get("/metrics");
        assertThat(openMetrics.status()).isEqualTo(200);
        assertThat(openMetrics.header("Content-Type")).startsWith("application/openmetrics-text; version=1.0.0");
        assertThat(openMetrics.body()).contains("# TYPE jvm_threads_live_threads gauge").endsWith("# EOF\n");

        Http.Reply classic = new Http(app().getAdminPort()).withHeader("Accept", "text/plain").get("/metrics");
        assertThat(classic.status()).isEqualTo(200);
        assertThat(classic.header("Content-Type")).isEqualTo("text/plain; version=0.0.4; charset=utf-8");
        assertThat(classic.body()).contains("# TYPE jvm_threads_live_threads gauge").doesNotContain("# EOF");
    }

    @Test
    void requestMetricsUseTheRouteTemplate() throws Exception {
        String first = idRouteTemplate().replaceAll("\\{[^}]+}", "contract-id-1");
        String second = idRouteTemplate().replaceAll("\\{[^}]+}", "contract-id-2");
        get(app().getLocalPort(), first);
        get(app().getLocalPort(), second);
        get(app().getLocalPort(), "/v1/info");
        get(app().getLocalPort(), "/no/such/route/" + System.nanoTime());
        get(app().getLocalPort(), "/another/unknown/" + System.nanoTime());

        PrometheusText scrape = scrape();
        Set<String> endpoints = scrape.samples("nexuszero_request_count_total").stream()
                .map(s -> s.labels().get("endpoint")).collect(Collectors.toCollection(TreeSet::new));
        assertThat(endpoints).contains(idRouteTemplate(), "UNMATCHED", "/v1/info")
                .noneMatch(e -> e.contains("contract-id") || e.startsWith("/no/") || e.startsWith("/another/"));
        double countForTemplate = scrape.samples("nexuszero_request_count_total").stream()
                .filter(s -> s.labels().get("endpoint").equals(idRouteTemplate()))
                .mapToDouble(PrometheusText.Sample::value).sum();
        assertThat(countForTemplate).isGreaterThanOrEqualTo(2);

        Set<String> buckets = scrape.samples("nexuszero_request_latency_seconds_bucket").stream()
                .filter(s -> s.labels().get("endpoint").equals(idRouteTemplate()))
                .map(s -> s.labels().get("le")).collect(Collectors.toCollection(TreeSet::new));
        assertThat(buckets).containsExactlyInAnyOrder("0.001", "0.005", "0.01", "0.025", "0.05", "0.1", "0.25",
                "0.5", "1.0", "2.5", "5.0", "10.0", "+Inf");
        assertThat(scrape.samples("nexuszero_error_count_total"))
                .anySatisfy(s -> assertThat(s.labels()).containsEntry("error_type", "not_found")
                        .containsEntry("severity", "client"));
    }

    @Test
    void malformedJsonIsA400WithACode() throws Exception {
        HttpResponse<String> response = post(jsonPostPath(), "{\"not\": json");
        assertError(response, 400, "malformed_json");
    }

    /**
     * A 2 MiB body over the 1 MiB limit (within the 4 MiB swallow limit) is refused with 413 while the client is
     * still sending it. The server reads the rest before answering, so the client gets the 413 rather than a
     * connection reset, and the connection stays open for its next request. The race being checked is per request,
     * so it is run several times.
     */
    @Test
    void oversizedBodyIsA413() throws Exception {
        String huge = "{\"padding\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}";
        for (int i = 0; i < 10; i++) {
            HttpResponse<String> refused = post(jsonPostPath(), huge);
            assertError(refused, 413, "payload_too_large");
            assertThat(refused.headers().firstValue("Connection")).as("body read to its end").isEmpty();
            assertThat(get(app().getLocalPort(), "/v1/info").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void anAcceptHeaderNoOperationServesIsA406() throws Exception {
        // The OpenAPI documents promise 406 not_acceptable on every operation.
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri(app().getLocalPort(), "/v1/info"))
                .header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofString());
        assertError(response, 406, "not_acceptable");
    }

    @Test
    void unknownRouteIsAJson404() throws Exception {
        assertError(get(app().getLocalPort(), "/v1/definitely-not-here"), 404, "not_found");
    }

    @Test
    void requestIdIsEchoedOrCreated() throws Exception {
        HttpResponse<String> kept = http.send(HttpRequest.newBuilder(uri(app().getLocalPort(), "/v1/info"))
                .header("X-Request-Id", "contract-test-42").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(kept.headers().firstValue("X-Request-Id")).contains("contract-test-42");
        HttpResponse<String> replaced = http.send(HttpRequest.newBuilder(uri(app().getLocalPort(), "/v1/info"))
                .header("X-Request-Id", "bad id with spaces").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(replaced.headers().firstValue("X-Request-Id")).get().asString()
                .isNotEqualTo("bad id with spaces").matches("[0-9a-f-]{36}");
    }

    @Test
    void staysResponsiveWithLokiUnreachable() throws Exception {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        assertThat(root.getAppender("loki")).as("loki appender is enabled in this run").isNotNull();
        HttpClient impatient = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        for (int i = 0; i < 20; i++) {
            HttpResponse<String> response = impatient.send(HttpRequest.newBuilder(uri(app().getLocalPort(), "/v1/info"))
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
        }
    }

    @Test
    void docsMetricsTableMatchesWhatTheServiceExports() throws Exception {
        generateDomainTraffic();
        get(app().getLocalPort(), "/no/such/route");
        assertThat(MetricsDocumentation.load().mismatches(serviceName(), scrape())).isEmpty();
    }

    /** The checked-in copy of this service's OpenAPI document ({@code docs/openapi/<service>.json}). */
    protected java.nio.file.Path checkedInOpenApi() {
        return OpenApiContract.checkedIn(serviceName());
    }

    @Test
    void openApiDocumentDescribesExactlyTheRoutesJerseyServes() throws Exception {
        HttpResponse<String> response = get(app().getLocalPort(), "/openapi.json");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        JsonNode document = JSON.readTree(response.body());
        assertThat(document.get("openapi").asText()).isEqualTo("3.1.0");
        assertThat(document.get("info").get("title").asText()).isEqualTo(serviceName());
        Set<String> served = OpenApiContract.jerseyRoutes(app().getEnvironment().jersey().getResourceConfig());
        assertThat(served).contains("GET /openapi.json", "GET /v1/info");
        assertThat(OpenApiContract.documentRoutes(document)).containsExactlyInAnyOrderElementsOf(served);
        // Every operation says what it answers on success, and names its errors with the shared error body.
        document.get("paths").forEach(item -> item.forEach(operation -> {
            assertThat(operation.path("responses").fieldNames()).toIterable().as(operation.toString())
                    .anySatisfy(status -> assertThat(status).startsWith("2"));
            JsonNode internal = operation.path("responses").path("500");
            assertThat(internal.path("description").asText()).contains("internal_error");
            assertThat(internal.path("content").path("application/json").path("schema").path("$ref").asText())
                    .isEqualTo("#/components/schemas/ErrorResponse");
        }));
        assertThat(document.at("/components/schemas/ErrorResponse/properties").has("code")).isTrue();
    }

    @Test
    void servedOpenApiDocumentEqualsTheCheckedInCopy() throws Exception {
        String served = get(app().getLocalPort(), "/openapi.json").body();
        String checkedIn = OpenApiContract.checkedInOrWrite(checkedInOpenApi(), served);
        assertThat(served).as(checkedInOpenApi() + " is out of date: rerun this test with -D"
                + OpenApiContract.WRITE_PROPERTY + "=true and commit the result").isEqualTo(checkedIn);
    }

    protected PrometheusText scrape() throws IOException, InterruptedException {
        return PrometheusText.parse(get(app().getAdminPort(), "/metrics").body());
    }

    protected HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        return Http.get(port, path).raw();
    }

    protected HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
        return Http.post(app().getLocalPort(), path, body).raw();
    }

    protected static URI uri(int port, String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    protected static void assertError(HttpResponse<String> response, int status, String code) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        JsonNode error = JSON.readTree(response.body());
        assertThat(error.get("code").asText()).isEqualTo(code);
        assertThat(error.get("message").asText()).isNotBlank();
    }
}
