package io.nexuszero.deployment.observability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.nexuszero.deployment.support.Repo;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Loki and Promtail have no runnable image on the machines CI uses here, so their configuration is
 * checked statically (the GitHub workflow also runs `loki -verify-config` in the real image).
 */
class LokiAndPromtailTest {

    private final JsonNode loki = Repo.yaml("loki-config.yml");
    private final JsonNode promtail = Repo.yaml("promtail-config.yml");
    private final JsonNode compose = Repo.yaml("docker-compose.yml");

    @Test
    void lokiUsesTheLoki3StorageForm() {
        JsonNode schemas = loki.path("schema_config").path("configs");
        JsonNode latest = schemas.get(schemas.size() - 1);
        assertThat(latest.path("store").asText()).isEqualTo("tsdb");
        assertThat(latest.path("schema").asText()).isEqualTo("v13");
        assertThat(latest.path("object_store").asText()).isEqualTo("filesystem");
        assertThat(loki.path("common").path("storage").has("filesystem")).isTrue();
        // Keys Loki 3 removed: their presence makes Loki 3 refuse to start.
        List<String> removed = new ArrayList<>();
        walk(loki, "", (path, key) -> {
            if (List.of("shared_store", "boltdb_shipper", "shared_store_key_prefix", "max_look_back_period",
                    "enforce_metric_name", "max_transfer_retries").contains(key)) {
                removed.add(path + key);
            }
        });
        assertThat(removed).as("keys removed in Loki 3").isEmpty();
        assertThat(loki.toString()).doesNotContain("boltdb");
    }

    @Test
    void lokiRetentionIsOnAndRunByTheCompactor() {
        assertThat(loki.path("limits_config").path("retention_period").asText()).matches("\\d+[hdw]");
        assertThat(loki.path("compactor").path("retention_enabled").asBoolean()).isTrue();
        // Loki 3 refuses retention without a delete request store.
        assertThat(loki.path("compactor").path("delete_request_store").asText()).isEqualTo("filesystem");
    }

    @Test
    void lokiListensWhereComposePrometheusAndPromtailExpectIt() {
        assertThat(loki.path("server").path("http_listen_port").asInt()).isEqualTo(3100);
        assertThat(loki.path("server").path("grpc_listen_port").asInt()).isEqualTo(9096);
        assertThat(compose.at("/services/loki/volumes").toString()).contains("./loki-config.yml:/etc/loki/config.yml:ro");
        assertThat(promtail.at("/clients/0/url").asText()).isEqualTo("http://loki:3100/loki/api/v1/push");
    }

    @Test
    void promtailDiscoversContainersThroughTheMountedDockerSocket() {
        JsonNode job = promtail.path("scrape_configs").get(0);
        assertThat(job.at("/docker_sd_configs/0/host").asText()).isEqualTo("unix:///var/run/docker.sock");
        assertThat(compose.at("/services/promtail/volumes").toString()).contains("/var/run/docker.sock:/var/run/docker.sock:ro");
        assertThat(compose.at("/services/promtail/command").toString()).contains("-config.expand-env=true");
    }

    @Test
    void promtailDropsExactlyTheContainersThatPushTheirOwnLogs() {
        JsonNode drop = null;
        for (JsonNode rule : promtail.path("scrape_configs").get(0).path("relabel_configs")) {
            if (rule.path("action").asText().equals("drop")) {
                drop = rule;
            }
        }
        assertThat(drop).as("a drop rule").isNotNull();
        String label = drop.path("source_labels").get(0).asText();
        assertThat(label).isEqualTo("__meta_docker_container_label_io_nexuszero_log_shipping");
        String value = drop.path("regex").asText();
        for (Iterator<Map.Entry<String, JsonNode>> it = compose.path("services").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> service = it.next();
            boolean pushesOwnLogs = "true".equals(service.getValue().path("environment").path("LOKI_ENABLED").asText());
            boolean dropped = value.equals(service.getValue().path("labels").path("io.nexuszero.log-shipping").asText());
            assertThat(dropped).as("%s: dropped by Promtail iff it pushes its own logs", service.getKey()).isEqualTo(pushesOwnLogs);
        }
    }

    @Test
    void promtailSetsTheLabelsTheDashboardsFilterOn() {
        List<String> targets = new ArrayList<>();
        promtail.path("scrape_configs").get(0).path("relabel_configs").forEach(r -> targets.add(r.path("target_label").asText()));
        assertThat(targets).contains("service", "env", "container");
        boolean levelLabel = false;
        for (JsonNode stage : promtail.path("scrape_configs").get(0).path("pipeline_stages")) {
            levelLabel |= stage.path("labels").has("level");
        }
        assertThat(levelLabel).as("a labels stage sets level").isTrue();
    }

    private interface KeyVisitor {
        void visit(String path, String key);
    }

    private static void walk(JsonNode node, String path, KeyVisitor visitor) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                visitor.visit(path, e.getKey());
                walk(e.getValue(), path + e.getKey() + ".", visitor);
            });
        } else if (node.isArray()) {
            node.forEach(child -> walk(child, path, visitor));
        }
    }
}
