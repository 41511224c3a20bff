package io.nexuszero.deployment.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.nexuszero.deployment.support.NexusZeroService;
import io.nexuszero.deployment.support.Repo;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.DockerImageName;
import org.testcontainers.utility.MountableFile;

/**
 * The images built from the project's Dockerfile start, pass their own HEALTHCHECK, and the project's
 * prometheus.yml, in a Prometheus container, scrapes all three. Runs only under -Pstack, after the
 * images exist locally (docker compose build, or scripts/smoke-stack.sh); nothing is pulled.
 * Containers use host networking (the engine on CI machines has no bridge), so every port is the
 * real one and the stack must not be running at the same time.
 */
@Tag("stack")
class StackContainersTest {

    private static final String TAG = System.getenv().getOrDefault("NEXUSZERO_TAG", "dev");
    private static final String PROMETHEUS_IMAGE = "prom/prometheus:v3.5.0";
    private static final List<GenericContainer<?>> started = new ArrayList<>();
    private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @BeforeEach
    void requireADockerEngine() {
        boolean available = DockerClientFactory.instance().isDockerAvailable();
        if (!available) {
            System.out.println("[deployment-tests] SKIPPED StackContainersTest: no Docker engine reachable"
                    + " (start one: ../shared/stack/engine up, or Docker itself)");
        }
        assumeTrue(available, "no Docker engine reachable: the container test needs one (../shared/stack/engine up)");
    }

    @AfterAll
    static void stopEverything() {
        // No Ryuk on these machines: stop what was started, newest first.
        for (int i = started.size() - 1; i >= 0; i--) {
            started.get(i).stop();
        }
    }

    @Test
    void imagesStartHealthyAndPrometheusScrapesThem() throws Exception {
        start(service(NexusZeroService.CRYPTO, Map.of()));
        start(service(NexusZeroService.OPTIMIZER, Map.of("CRYPTO_SERVICE_URL", "http://crypto-service:13001")));
        start(service(NexusZeroService.MONITOR, Map.of(
                "MONITOR_CRYPTO_URL", "http://crypto-service:13101",
                "MONITOR_CRYPTO_APP_URL", "http://crypto-service:13001",
                "MONITOR_OPTIMIZER_URL", "http://optimizer-service:13102",
                "MONITOR_OPTIMIZER_APP_URL", "http://optimizer-service:13002",
                "MONITOR_MONITOR_URL", "http://monitor-service:13103",
                "MONITOR_PROMETHEUS_URL", "http://prometheus:9090")));
        for (GenericContainer<?> container : started) {
            assertThat(container.getCurrentContainerInfo().getState().getHealth().getStatus())
                    .as(container.getDockerImageName()).isEqualTo("healthy");
        }

        GenericContainer<?> prometheus = withStackHosts(new GenericContainer<>(DockerImageName.parse(PROMETHEUS_IMAGE)))
                .withCopyFileToContainer(MountableFile.forHostPath(Repo.path("prometheus.yml")), "/etc/prometheus/prometheus.yml")
                .withCopyFileToContainer(MountableFile.forHostPath(Repo.path("prometheus/rules")), "/etc/prometheus/prometheus/rules")
                .waitingFor(Wait.forLogMessage(".*Server is ready to receive web requests.*", 1)
                        .withStartupTimeout(Duration.ofSeconds(60)));
        start(prometheus);

        Map<String, String> health = new TreeMap<>();
        Instant deadline = Instant.now().plusSeconds(90);
        while (Instant.now().isBefore(deadline)) {
            health = serviceTargetHealth();
            if (health.size() == 3 && health.values().stream().allMatch("up"::equals)) {
                break;
            }
            Thread.sleep(2000);
        }
        assertThat(health).as("Prometheus targets of the three services").containsOnly(
                Map.entry("crypto-service", "up"), Map.entry("optimizer-service", "up"), Map.entry("monitor-service", "up"));

        JsonNode series = get("http://127.0.0.1:9090/api/v1/query?query=count%20by%20(service)%20(nexuszero_request_count_total%20or%20jvm_memory_used_bytes)");
        List<String> services = new ArrayList<>();
        series.path("data").path("result").forEach(r -> services.add(r.path("metric").path("service").asText()));
        assertThat(services).as("series scraped, labelled service=<name>")
                .contains("crypto-service", "optimizer-service", "monitor-service");
    }

    private static GenericContainer<?> service(NexusZeroService service, Map<String, String> env) {
        GenericContainer<?> container = withStackHosts(new GenericContainer<>(
                DockerImageName.parse(service.imageRepository() + ":" + TAG)))
                .withEnv("NEXUSZERO_ENV", "stack-test")
                .withEnv("LOKI_ENABLED", "false")
                .withEnv(env)
                // The image's own HEALTHCHECK (bash /dev/tcp to the admin /ready) decides.
                .waitingFor(Wait.forHealthcheck().withStartupTimeout(Duration.ofSeconds(150)));
        return container;
    }

    /** Host networking, and the compose service names resolving to loopback as they do in the stack. */
    private static GenericContainer<?> withStackHosts(GenericContainer<?> container) {
        container.withNetworkMode("host");
        for (String host : List.of("crypto-service", "optimizer-service", "monitor-service", "prometheus",
                "alertmanager", "loki", "promtail", "grafana")) {
            container.withExtraHost(host, "127.0.0.1");
        }
        return container;
    }

    private static void start(GenericContainer<?> container) {
        started.add(container);
        container.start();
    }

    private static Map<String, String> serviceTargetHealth() {
        Map<String, String> health = new TreeMap<>();
        try {
            for (JsonNode target : get("http://127.0.0.1:9090/api/v1/targets").path("data").path("activeTargets")) {
                String job = target.path("labels").path("job").asText();
                if (job.endsWith("-service")) {
                    health.put(job, target.path("health").asText());
                }
            }
        } catch (Exception e) {
            health.put("prometheus", "unreachable: " + e.getMessage());
        }
        return health;
    }

    private static JsonNode get(String url) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(url).isEqualTo(200);
        return Repo.jsonMapper().readTree(response.body());
    }
}
