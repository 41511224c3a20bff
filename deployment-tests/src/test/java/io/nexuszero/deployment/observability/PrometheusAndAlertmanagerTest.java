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
            assertThat(job.path("honor_labels").asBoolean()).as("as the ServiceMonitors' honorLabels").isTrue();
        }
    }

    @Test
    void theObservabilityStackIsScrapedToo() {
        for (String job : List.of("prometheus", "alertmanager", "loki", "promtail", "grafana")) {
            assertThat(job(job).path("static_configs").get(0).path("labels").path("service").asText()).as(job).isEqualTo(job);
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
            if (!runbook.startsWith(RUNBOOK_BASE + "#") || !deploymentDoc.contains("### " + anchor)) {
                problems.add(alert + ": runbook " + runbook + " is not " + RUNBOOK_BASE + "#<a '### " + anchor
                        + "' heading of docs/DEPLOYMENT.md>");
            }
            for (String metric : PromQl.metricNames(rule.path("expr").asText())) {
                if (!catalog.contains(metric)) {
                    problems.add(alert + ": metric " + metric + " is not in docs/METRICS.md");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    /** The one runbook base every rule links to (scripts/sync-k8s-monitoring.sh --runbook-base changes it). */
    static final String RUNBOOK_BASE = runbookBase();

    private static String runbookBase() {
        java.util.Set<String> bases = new java.util.TreeSet<>();
        for (JsonNode rule : rules()) {
            String url = rule.path("annotations").path("runbook_url").asText();
            bases.add(url.contains("#") ? url.substring(0, url.indexOf('#')) : url);
        }
        assertThat(bases).as("every runbook_url shares one base").hasSize(1);
        String base = bases.iterator().next();
        assertThat(base).as("runbook links are absolute").matches("https://[^\\s#]+");
        assertThat(Repo.read("docs/DEPLOYMENT.md")).as("docs/DEPLOYMENT.md names the runbook base").contains(base);
        return base;
    }

    /**
     * Labels a rule may select on: those every scrape has on Compose and under a ServiceMonitor (job, instance,
     * service - Compose sets it, the operator too - and namespace, absent in Compose, which only groups) plus the
     * metrics' own. A Compose-only target label (like the old tier) would make an alert silent on a cluster.
     */
    private static final Set<String> PORTABLE_LABELS = Set.of("job", "instance", "service", "namespace", "le",
            "status_code", "endpoint", "method", "area", "id", "optional", "target", "proof_type", "parameter_set",
            "witness_size", "result", "reason");

    @Test
    void ruleExpressionsUseOnlyLabelsComposeAndServiceMonitorScrapesBothHave() {
        java.util.regex.Pattern matcher = java.util.regex.Pattern.compile("([a-zA-Z_]\\w*)\\s*(=~|!~|!=|=)\\s*\"");
        java.util.regex.Pattern grouping = java.util.regex.Pattern.compile("\\b(?:by|without)\\s*\\(([^)]*)\\)");
        List<String> problems = new ArrayList<>();
        for (JsonNode rule : rules()) {
            String expr = rule.path("expr").asText();
            java.util.regex.Matcher m = matcher.matcher(expr);
            while (m.find()) {
                if (!PORTABLE_LABELS.contains(m.group(1))) {
                    problems.add(rule.path("alert").asText() + " selects on " + m.group(1));
                }
            }
            java.util.regex.Matcher g = grouping.matcher(expr);
            while (g.find()) {
                for (String label : g.group(1).split(",")) {
                    if (!label.isBlank() && !PORTABLE_LABELS.contains(label.strip())) {
                        problems.add(rule.path("alert").asText() + " groups by " + label.strip());
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(PROMQL_TIER_EXAMPLE).as("the check itself sees a tier matcher")
                .containsPattern("([a-zA-Z_]\\w*)\\s*(=~|!~|!=|=)\\s*\"");
    }

    private static final String PROMQL_TIER_EXAMPLE = "up{tier=\"application\"} == 0";

    @Test
    void anAlertFiresForAServiceWhoseTargetVanished() {
        JsonNode absent = rules().stream().filter(r -> r.path("alert").asText().equals("NexusZeroServiceAbsent"))
                .findFirst().orElseThrow(() -> new AssertionError("no NexusZeroServiceAbsent rule"));
        for (NexusZeroService service : NexusZeroService.all()) {
            assertThat(absent.path("expr").asText()).contains("absent(up{job=\"" + service.name() + "\"})");
        }
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
        // The bearer token: the file monitor-service generates, through the volume both containers mount.
        JsonNode authorization = webhook.path("http_config").path("authorization");
        assertThat(authorization.path("type").asText("Bearer")).isEqualTo("Bearer");
        String credentialsFile = authorization.path("credentials_file").asText();
        JsonNode services = Repo.yaml("docker-compose.yml").path("services");
        String monitorFile = services.at("/monitor-service/environment/MONITOR_ALERT_TOKEN_FILE").asText();
        String volume = mountedVolume(services.path("monitor-service"), monitorFile);
        assertThat(mountedVolume(services.path("alertmanager"), credentialsFile)).as("Alertmanager mounts the monitor's token volume")
                .isEqualTo(volume);
        assertThat(credentialsFile.substring(credentialsFile.lastIndexOf('/')))
                .isEqualTo(monitorFile.substring(monitorFile.lastIndexOf('/')));
        for (JsonNode v : services.path("alertmanager").path("volumes")) {
            if (v.asText().startsWith(volume + ":")) {
                assertThat(v.asText()).as("Alertmanager only reads the token").endsWith(":ro");
            }
        }
    }

    /** The named volume a compose service mounts at the folder holding {@code file}. */
    private static String mountedVolume(JsonNode service, String file) {
        for (JsonNode v : service.path("volumes")) {
            String[] parts = v.asText().split(":");
            if (file.startsWith(parts[1] + "/") && !parts[0].startsWith(".")) {
                return parts[0];
            }
        }
        throw new AssertionError("no named volume holds " + file + " in " + service.path("volumes"));
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
