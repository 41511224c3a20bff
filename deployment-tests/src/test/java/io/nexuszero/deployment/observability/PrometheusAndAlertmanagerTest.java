package io.nexuszero.deployment.observability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.nexuszero.deployment.config.LoadedConfig;
import io.nexuszero.deployment.config.ServiceConfigLoader;
import io.nexuszero.deployment.support.NexusZeroService;
import io.nexuszero.deployment.support.Repo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * prometheus.yml, the alert rules and alertmanager.yml against the services' real ports and metrics.
 * (promtool and amtool check syntax and run the rule unit tests: scripts/check-static.sh.)
 */
class PrometheusAndAlertmanagerTest {

    private final JsonNode prometheus = Repo.yaml("prometheus.yml");

    @Test
    void eachServiceIsScrapedOnTheAdminPortItsConfigListensOn() throws Exception {
        for (NexusZeroService service : NexusZeroService.all()) {
            LoadedConfig config = ServiceConfigLoader.load(service, Repo.read(service.configFile()), Map.of());
            JsonNode job = job(service.name());
            assertThat(job.path("metrics_path").asText("/metrics")).isEqualTo("/metrics");
            JsonNode staticConfig = job.path("static_configs").get(0);
            assertThat(staticConfig.path("targets").get(0).asText()).isEqualTo(service.name() + ":" + config.adminPort());
            assertThat(staticConfig.path("labels").path("service").asText()).isEqualTo(service.name());
            assertThat(staticConfig.path("labels").path("tier").asText()).isEqualTo("application");
        }
    }

    @Test
    void theObservabilityStackIsScrapedToo() {
        for (String job : List.of("prometheus", "alertmanager", "loki", "promtail", "grafana")) {
            assertThat(job(job).path("static_configs").get(0).path("labels").path("tier").asText())
                    .as(job).isEqualTo("observability");
        }
        assertThat(prometheus.at("/alerting/alertmanagers/0/static_configs/0/targets/0").asText()).isEqualTo("alertmanager:9093");
    }

    @Test
    void ruleFilesAreLoadedAndEveryAlertHasAUnitTestAndARunbookSection() throws IOException {
        String glob = prometheus.path("rule_files").get(0).asText();
        assertThat(glob).isEqualTo("prometheus/rules/*.yml");
        Set<String> tested = new HashSet<>();
        for (Path test : files("prometheus/tests")) {
            JsonNode doc = Repo.yamlDocuments(Repo.read(test)).get(0);
            doc.path("tests").forEach(t -> t.path("alert_rule_test").forEach(a -> tested.add(a.path("alertname").asText())));
        }
        String deploymentDoc = Repo.read("docs/DEPLOYMENT.md").toLowerCase();
        MetricCatalog catalog = MetricCatalog.fromDocs();
        List<String> problems = new ArrayList<>();
        for (JsonNode rule : rules()) {
            String alert = rule.path("alert").asText();
            if (!tested.contains(alert)) {
                problems.add(alert + ": no promtool unit test");
            }
            String severity = rule.path("labels").path("severity").asText();
            if (!Set.of("warning", "critical").contains(severity)) {
                problems.add(alert + ": severity '" + severity + "'");
            }
            String runbook = rule.path("annotations").path("runbook_url").asText();
            String anchor = runbook.substring(runbook.indexOf('#') + 1);
            if (!runbook.startsWith("docs/DEPLOYMENT.md#") || !deploymentDoc.contains("### " + anchor)) {
                problems.add(alert + ": runbook " + runbook + " has no '### " + anchor + "' heading in docs/DEPLOYMENT.md");
            }
            for (String metric : PromQl.metricNames(rule.path("expr").asText())) {
                if (!catalog.contains(metric)) {
                    problems.add(alert + ": metric " + metric + " is not in docs/METRICS.md");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theRulesTheIssueAsksForExist() {
        Set<String> alerts = new HashSet<>();
        Map<String, Set<String>> severities = new HashMap<>();
        for (JsonNode rule : rules()) {
            alerts.add(rule.path("alert").asText());
            severities.computeIfAbsent(rule.path("alert").asText(), k -> new HashSet<>()).add(rule.path("labels").path("severity").asText());
        }
        assertThat(alerts).contains("NexusZeroServiceDown", "NexusZeroHighErrorRatio", "NexusZeroHighLatencyP99",
                "NexusZeroProofGenerationSlow", "NexusZeroVerificationFailureRatio", "NexusZeroMonitorTargetDown",
                "NexusZeroJvmHeapNearlyFull");
        assertThat(severities.get("NexusZeroProofGenerationSlow")).containsExactlyInAnyOrder("warning", "critical");
    }

    @Test
    void alertmanagerSendsEveryAlertToTheMonitorsWebhookOnItsApplicationPort() throws Exception {
        LoadedConfig monitor = ServiceConfigLoader.load(NexusZeroService.MONITOR, Repo.read(NexusZeroService.MONITOR.configFile()), Map.of());
        JsonNode am = Repo.yaml("alertmanager/alertmanager.yml");
        String receiver = am.path("route").path("receiver").asText();
        assertThat(am.path("route").path("routes").size()).as("no sub-route diverts alerts away from the monitor").isZero();
        JsonNode webhook = null;
        for (JsonNode r : am.path("receivers")) {
            if (r.path("name").asText().equals(receiver)) {
                webhook = r.path("webhook_configs").get(0);
            }
        }
        assertThat(webhook).isNotNull();
        assertThat(webhook.path("url").asText()).isEqualTo("http://monitor-service:" + monitor.appPort() + "/v1/alerts");
        assertThat(webhook.path("send_resolved").asBoolean()).as("resolved alerts close incidents").isTrue();
    }

    private JsonNode job(String name) {
        for (JsonNode job : prometheus.path("scrape_configs")) {
            if (job.path("job_name").asText().equals(name)) {
                return job;
            }
        }
        throw new AssertionError("prometheus.yml has no job " + name);
    }

    static List<JsonNode> rules() {
        List<JsonNode> rules = new ArrayList<>();
        for (Path file : files("prometheus/rules")) {
            Repo.yamlDocuments(Repo.read(file)).get(0).path("groups")
                    .forEach(g -> g.path("rules").forEach(rules::add));
        }
        assertThat(rules).isNotEmpty();
        return rules;
    }

    static List<Path> files(String dir) {
        try (Stream<Path> files = Files.list(Repo.path(dir))) {
            return files.filter(p -> p.toString().endsWith(".yml")).sorted().toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
