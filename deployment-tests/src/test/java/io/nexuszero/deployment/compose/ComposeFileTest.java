package io.nexuszero.deployment.compose;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.nexuszero.deployment.config.LoadedConfig;
import io.nexuszero.deployment.config.ServiceConfigLoader;
import io.nexuszero.deployment.support.NexusZeroService;
import io.nexuszero.deployment.support.Repo;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docker-compose.yml against the services' configs and the rest of the stack. */
class ComposeFileTest {

    private static final Pattern ENV_REFERENCE = Pattern.compile("\\$\\{([A-Z0-9_]+)");
    private final JsonNode services = Repo.yaml("docker-compose.yml").path("services");

    @Test
    void everyImageIsPinnedToATag() {
        forEachService((name, service) -> {
            String image = service.path("image").asText();
            assertThat(image).as(name + " image").isNotEmpty();
            String tag = image.substring(image.lastIndexOf('/') + 1).contains(":") ? image.substring(image.lastIndexOf(':') + 1) : "";
            assertThat(tag).as(name + " image tag").isNotEmpty().isNotEqualTo("latest");
        });
    }

    @Test
    void everyServiceRestartsHasAMemoryLimitAndARealHealthcheck() {
        forEachService((name, service) -> {
            assertThat(service.path("restart").asText()).as(name + " restart").isIn("unless-stopped", "always", "on-failure");
            assertThat(service.path("mem_limit").asText()).as(name + " mem_limit").matches("\\d+[mg]");
            JsonNode health = service.path("healthcheck");
            assertThat(health.path("disable").asBoolean(false)).as(name + " healthcheck disabled").isFalse();
            if (service.has("build")) {
                // Built from our Dockerfile: the image's HEALTHCHECK applies (DockerfileTest checks it).
                assertThat(health.has("test")).as(name + ": no test overriding the image's HEALTHCHECK").isFalse();
            } else {
                String test = health.path("test").toString();
                assertThat(test).as(name + " healthcheck").contains("CMD").doesNotContain("true\"]").doesNotContain("curl");
                assertThat(test).as(name + " healthcheck probes its own port").containsAnyOf(":9090/", ":9093/", ":3100/", "/9080", ":3000/");
            }
        });
    }

    @Test
    void dependenciesWaitForHealthyServices() {
        forEachService((name, service) -> service.path("depends_on").fields().forEachRemaining(dep -> {
            assertThat(services.has(dep.getKey())).as(name + " depends on " + dep.getKey()).isTrue();
            assertThat(dep.getValue().path("condition").asText()).as(name + " -> " + dep.getKey()).isEqualTo("service_healthy");
        }));
        assertThat(services.at("/optimizer-service/depends_on").has("crypto-service")).isTrue();
        assertThat(services.at("/grafana/depends_on").has("prometheus")).isTrue();
        assertThat(services.at("/promtail/depends_on").has("loki")).isTrue();
    }

    @Test
    void statefulPartsKeepTheirDataInNamedVolumes() {
        JsonNode volumes = Repo.yaml("docker-compose.yml").path("volumes");
        Map<String, String> expected = Map.of(
                "crypto-service", "/var/lib/nexuszero", "optimizer-service", "/var/lib/nexuszero",
                "monitor-service", "/var/lib/nexuszero", "prometheus", "/prometheus", "alertmanager", "/alertmanager",
                "loki", "/loki", "grafana", "/var/lib/grafana");
        expected.forEach((service, path) -> {
            String mount = null;
            for (JsonNode v : services.path(service).path("volumes")) {
                if (v.asText().endsWith(":" + path)) {
                    mount = v.asText();
                }
            }
            assertThat(mount).as(service + " mounts a volume at " + path).isNotNull();
            String volume = mount.substring(0, mount.indexOf(':'));
            assertThat(volumes.has(volume)).as(service + ": " + volume + " is a named volume").isTrue();
        });
    }

    @Test
    void everyListeningPortInTheStackIsDistinctAndPublishedAsIs() throws Exception {
        Map<Integer, String> listeners = new LinkedHashMap<>();
        for (NexusZeroService s : NexusZeroService.all()) {
            LoadedConfig config = load(s);
            listen(listeners, config.appPort(), s.name() + " app");
            listen(listeners, config.adminPort(), s.name() + " admin");
        }
        listen(listeners, 9090, "prometheus");
        listen(listeners, 9093, "alertmanager");
        JsonNode loki = Repo.yaml("loki-config.yml").path("server");
        listen(listeners, loki.path("http_listen_port").asInt(), "loki http");
        listen(listeners, loki.path("grpc_listen_port").asInt(), "loki grpc");
        listen(listeners, Repo.yaml("promtail-config.yml").path("server").path("http_listen_port").asInt(), "promtail");
        listen(listeners, 3000, "grafana");
        assertThat(services.at("/alertmanager/command").toString()).as("no Alertmanager gossip port").contains("--cluster.listen-address=\"");
        assertThat(Repo.yaml("promtail-config.yml").path("server").path("grpc_listen_port").asInt()).as("promtail gRPC off").isZero();
        forEachService((name, service) -> service.path("ports").forEach(p -> {
            String[] parts = p.asText().split(":");
            String host = parts[parts.length - 2];
            String container = parts[parts.length - 1];
            assertThat(host).as(name + " publishes " + p.asText() + " on the same number").isEqualTo(container);
            assertThat(listeners).as(name + " publishes a port something listens on").containsKey(Integer.parseInt(container));
        }));
    }

    @Test
    void adminPortsArePublishedOnLoopbackOnly() throws Exception {
        for (NexusZeroService s : NexusZeroService.all()) {
            LoadedConfig config = load(s);
            List<String> ports = new ArrayList<>();
            services.path(s.name()).path("ports").forEach(p -> ports.add(p.asText()));
            assertThat(ports).contains(config.appPort() + ":" + config.appPort(),
                    "127.0.0.1:" + config.adminPort() + ":" + config.adminPort());
        }
    }

    @Test
    void eachServiceLoadsItsConfigWithTheComposeEnvironmentAndUsesEverySettingGiven() throws Exception {
        for (NexusZeroService s : NexusZeroService.all()) {
            LoadedConfig config = load(s);
            assertThat(config.adminPort()).isEqualTo(s.adminPort());
            Set<String> referenced = new HashSet<>();
            Matcher m = ENV_REFERENCE.matcher(Repo.read(s.configFile()));
            while (m.find()) {
                referenced.add(m.group(1));
            }
            services.path(s.name()).path("environment").fieldNames().forEachRemaining(variable ->
                    assertThat(referenced).as("%s sets %s, which %s does not read", s.name(), variable, s.configFile()).contains(variable));
            assertThat(services.path(s.name()).path("environment").path("LOKI_ENABLED").asText()).isEqualTo("true");
        }
    }

    @Test
    void aFreshCloneNeedsNoEnvFileEveryVariableHasADefault() {
        // ${VAR:?message} makes compose refuse to start; ${VAR} alone silently becomes "" (and warns).
        Matcher m = Pattern.compile("\\$\\{([A-Z0-9_]+)([^}]*)}").matcher(Repo.read("docker-compose.yml"));
        List<String> problems = new ArrayList<>();
        while (m.find()) {
            if (!m.group(2).startsWith(":-")) {
                problems.add("${" + m.group(1) + m.group(2) + "}");
            }
        }
        assertThat(problems).as("variables without a default in docker-compose.yml").isEmpty();
        String password = services.at("/grafana/environment/GF_SECURITY_ADMIN_PASSWORD").asText();
        assertThat(password).as("Grafana's first-login password change (docs/DEPLOYMENT.md)").isEqualTo("${GRAFANA_ADMIN_PASSWORD:-admin}");
    }

    @Test
    void onlyTheServiceApisArePublishedBeyondThisMachineByDefault() throws Exception {
        Set<String> apiPorts = new HashSet<>();
        for (NexusZeroService s : NexusZeroService.all()) {
            apiPorts.add(load(s).appPort() + ":" + load(s).appPort());
        }
        List<String> published = new ArrayList<>();
        forEachService((name, service) -> service.path("ports").forEach(p -> {
            String port = p.asText();
            published.add(port);
            if (apiPorts.contains(port)) {
                return;
            }
            String address = port.substring(0, port.lastIndexOf(':', port.lastIndexOf(':') - 1));
            assertThat(address).as(name + " publishes " + port + ": loopback, or the one documented variable")
                    .isIn("127.0.0.1", "${NEXUSZERO_PUBLISH_ADDRESS:-127.0.0.1}");
        }));
        assertThat(published).containsAll(apiPorts);
        for (String service : List.of("prometheus", "alertmanager", "loki", "promtail", "grafana")) {
            assertThat(services.path(service).path("ports").get(0).asText()).as(service)
                    .startsWith("${NEXUSZERO_PUBLISH_ADDRESS:-127.0.0.1}:");
        }
        assertThat(Repo.read(".env.example")).containsPattern("(?m)^NEXUSZERO_PUBLISH_ADDRESS=127\\.0\\.0\\.1$");
    }

    @Test
    void theMonitorRequiresAWebhookTokenAndAlertmanagerCanReadIt() {
        JsonNode monitor = services.path("monitor-service");
        assertThat(monitor.at("/environment/MONITOR_ALERT_TOKEN_FILE").asText()).startsWith("/var/lib/nexuszero-alerts/");
        assertThat(monitor.at("/environment/MONITOR_STACK_OPTIONAL").asText()).as("the whole stack runs in Compose").isEqualTo("false");
        assertThat(services.at("/alertmanager/depends_on/monitor-service/condition").asText()).isEqualTo("service_healthy");
        assertThat(Repo.read("Dockerfile")).as("the image owns the folder the token volume is mounted on")
                .contains("chown 10001:10001 /var/lib/nexuszero /var/lib/nexuszero-alerts");
    }

    @Test
    void envExampleOnlyDocumentsVariablesComposeUses() {
        String compose = Repo.read("docker-compose.yml");
        for (String line : Repo.read(".env.example").split("\n")) {
            if (line.matches("[A-Z0-9_]+=.*")) {
                String variable = line.substring(0, line.indexOf('='));
                assertThat(compose).as(".env.example documents " + variable + ", which compose must use").contains("${" + variable);
            }
        }
    }

    private LoadedConfig load(NexusZeroService s) throws Exception {
        Map<String, String> env = new HashMap<>();
        services.path(s.name()).path("environment").fields().forEachRemaining(e -> {
            // Compose's own ${VAR:-default} takes its default here, as on a machine with no .env.
            String value = e.getValue().asText().replaceAll("\\$\\{[A-Z0-9_]+:-([^}]*)}", "$1");
            env.put(e.getKey(), value);
        });
        return ServiceConfigLoader.load(s, Repo.read(s.configFile()), env);
    }

    private static void listen(Map<Integer, String> listeners, int port, String who) {
        String before = listeners.put(port, who);
        assertThat(before).as("port " + port + " used by " + who + " and " + before).isNull();
    }

    private interface ServiceCheck {
        void check(String name, JsonNode service);
    }

    private void forEachService(ServiceCheck check) {
        for (Iterator<Map.Entry<String, JsonNode>> it = services.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            check.check(e.getKey(), e.getValue());
        }
    }
}
