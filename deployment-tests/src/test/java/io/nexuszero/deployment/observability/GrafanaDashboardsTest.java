package io.nexuszero.deployment.observability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.nexuszero.deployment.support.NexusZeroService;
import io.nexuszero.deployment.support.Repo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Dashboards and provisioning: queries name real metrics and labels, datasources exist, files are where Grafana looks. */
class GrafanaDashboardsTest {

    /** Labels a log stream carries: loki4j's (service, env, level) and Promtail's (service, env, level, container). */
    private static final Set<String> LOG_LABELS = Set.of("service", "env", "level", "container");
    private static final Pattern LOG_MATCHER = Pattern.compile("(\\w+)\\s*(=~|!~|!=|=)\\s*\"([^\"]*)\"");

    record Query(String dashboard, String panel, String datasource, String expr) {
    }

    static List<Path> dashboardFiles() throws IOException {
        try (Stream<Path> files = Files.list(Repo.path("grafana/dashboards"))) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    /**
     * Every query of every panel (rows included), with the type of its effective datasource: panels name a
     * datasource variable ({@code ${datasource}}, {@code ${logs}}), so the operator picks the Prometheus and Loki
     * of their own Grafana; the variable's plugin type says which kind it is.
     */
    static List<Query> queries() throws IOException {
        List<Query> queries = new ArrayList<>();
        for (Path file : dashboardFiles()) {
            JsonNode dashboard = Repo.jsonMapper().readTree(file.toFile());
            collect(dashboard.path("panels"), file.getFileName().toString(), datasourceVariables(dashboard), queries);
        }
        return queries;
    }

    /** {@code ${name}} -> plugin type, for every datasource variable of a dashboard. */
    static java.util.Map<String, String> datasourceVariables(JsonNode dashboard) {
        java.util.Map<String, String> variables = new java.util.HashMap<>();
        for (JsonNode variable : dashboard.path("templating").path("list")) {
            if (variable.path("type").asText().equals("datasource")) {
                variables.put("${" + variable.path("name").asText() + "}", variable.path("query").asText());
            }
        }
        return variables;
    }

    private static void collect(JsonNode panels, String dashboard, java.util.Map<String, String> variables, List<Query> into) {
        for (JsonNode panel : panels) {
            collect(panel.path("panels"), dashboard, variables, into);
            for (JsonNode target : panel.path("targets")) {
                String uid = target.path("datasource").path("uid").asText(panel.path("datasource").path("uid").asText());
                assertThat(variables).as("%s / %s: datasource %s is one of the dashboard's datasource variables",
                        dashboard, panel.path("title").asText(), uid).containsKey(uid);
                into.add(new Query(dashboard, panel.path("title").asText(), variables.get(uid), target.path("expr").asText()));
            }
        }
    }

    @Test
    void everyPrometheusQueryNamesOnlyDocumentedMetrics() throws IOException {
        MetricCatalog catalog = MetricCatalog.fromDocs();
        List<String> unknown = new ArrayList<>();
        List<Query> prometheus = queries().stream().filter(q -> q.datasource().equals("prometheus")).toList();
        assertThat(prometheus).hasSizeGreaterThan(20);
        for (Query q : prometheus) {
            Set<String> metrics = PromQl.metricNames(q.expr());
            assertThat(metrics).as("%s / %s reads some metric: %s", q.dashboard(), q.panel(), q.expr()).isNotEmpty();
            metrics.stream().filter(m -> !catalog.contains(m))
                    .forEach(m -> unknown.add(q.dashboard() + " / " + q.panel() + ": " + m));
        }
        assertThat(unknown).as("metrics not in docs/METRICS.md (nor Prometheus' own)").isEmpty();
    }

    @Test
    void templateVariablesQueryDocumentedMetrics() throws IOException {
        MetricCatalog catalog = MetricCatalog.fromDocs();
        for (Path file : dashboardFiles()) {
            for (JsonNode variable : Repo.jsonMapper().readTree(file.toFile()).path("templating").path("list")) {
                if (variable.path("type").asText().equals("query")) {
                    String query = variable.path("query").isObject()
                            ? variable.path("query").path("query").asText() : variable.path("query").asText();
                    String metric = PromQl.labelValuesMetric(query);
                    assertThat(metric).as(file.getFileName() + " variable " + variable.path("name").asText()).isNotNull();
                    assertThat(catalog.contains(metric)).as(metric + " in docs/METRICS.md").isTrue();
                }
            }
        }
    }

    @Test
    void logQueriesSelectOnlyLabelsTheLogShippersSet() throws IOException {
        List<Query> loki = queries().stream().filter(q -> q.datasource().equals("loki")).toList();
        assertThat(loki).as("log panels").isNotEmpty();
        Set<String> serviceNames = new HashSet<>(NexusZeroService.all().stream().map(NexusZeroService::name).toList());
        for (Query q : loki) {
            String selector = q.expr().substring(q.expr().indexOf('{') + 1, q.expr().indexOf('}'));
            Matcher m = LOG_MATCHER.matcher(selector);
            Set<String> labels = new TreeSet<>();
            while (m.find()) {
                labels.add(m.group(1));
                if (m.group(1).equals("service") && m.group(2).equals("=")) {
                    assertThat(serviceNames).as(q.dashboard()).contains(m.group(3));
                }
            }
            assertThat(LOG_LABELS).as(q.dashboard() + " / " + q.panel()).containsAll(labels);
            assertThat(labels).as("%s logs panel filters by service and level", q.dashboard()).contains("service", "level");
        }
    }

    @Test
    void everyDashboardHasALogsPanelAndThereIsOnePerServicePlusAnOverview() throws IOException {
        Set<String> uids = new HashSet<>();
        for (Path file : dashboardFiles()) {
            JsonNode dashboard = Repo.jsonMapper().readTree(file.toFile());
            assertThat(uids.add(dashboard.path("uid").asText())).as("unique uid " + dashboard.path("uid")).isTrue();
            assertThat(queries().stream().anyMatch(q -> q.dashboard().equals(file.getFileName().toString())
                    && q.datasource().equals("loki"))).as(file.getFileName() + " has a logs panel").isTrue();
        }
        assertThat(uids).contains("nexuszero-overview");
        NexusZeroService.all().forEach(s -> assertThat(uids).contains("nexuszero-" + s.name()));
    }

    @Test
    void panelsUseDatasourceVariablesOfProvisionedTypes() throws IOException {
        JsonNode provisioning = Repo.yaml("grafana/provisioning/datasources/datasources.yml");
        Set<String> types = new HashSet<>();
        for (JsonNode ds : provisioning.path("datasources")) {
            types.add(ds.path("type").asText());
        }
        assertThat(types).contains("prometheus", "loki", "alertmanager");
        for (Path file : dashboardFiles()) {
            JsonNode dashboard = Repo.jsonMapper().readTree(file.toFile());
            assertThat(datasourceVariables(dashboard).values()).as(file.getFileName() + " datasource variables")
                    .containsExactlyInAnyOrder("prometheus", "loki");
            for (JsonNode variable : dashboard.path("templating").path("list")) {
                if (variable.has("datasource")) {
                    assertThat(datasourceVariables(dashboard)).as(file.getFileName() + " variable " + variable.path("name"))
                            .containsKey(variable.path("datasource").path("uid").asText());
                }
            }
        }
        for (Query q : queries()) {
            assertThat(types).as(q.dashboard() + " / " + q.panel()).contains(q.datasource());
        }
    }

    @Test
    void countersAreReadThroughRateOrIncrease() throws IOException {
        List<String> bare = new ArrayList<>();
        for (Query q : queries()) {
            if (q.datasource().equals("prometheus") && !PromQl.countersWithoutRate(q.expr()).isEmpty()) {
                bare.add(q.dashboard() + " / " + q.panel() + ": " + PromQl.countersWithoutRate(q.expr()));
            }
        }
        assertThat(bare).isEmpty();
        assertThat(PromQl.countersWithoutRate("sum by (status) (nexuszero_optimizer_training_jobs_total)"))
                .containsExactly("nexuszero_optimizer_training_jobs_total");
        assertThat(PromQl.countersWithoutRate("sum(rate(a_total{x=\"y\"}[5m])) / sum(increase(b_count[$__range]))")).isEmpty();
        assertThat(PromQl.countersWithoutRate("rate(a_total)")).as("rate needs a range").containsExactly("a_total");
    }

    @Test
    void everyDashboardFiltersByInstanceAndShowsReplicasSideBySide() throws IOException {
        for (Path file : dashboardFiles()) {
            JsonNode dashboard = Repo.jsonMapper().readTree(file.toFile());
            JsonNode instance = null;
            for (JsonNode variable : dashboard.path("templating").path("list")) {
                if (variable.path("name").asText().equals("instance")) {
                    instance = variable;
                }
            }
            assertThat(instance).as(file.getFileName() + " has an instance (pod) variable").isNotNull();
            assertThat(instance.path("includeAll").asBoolean()).isTrue();
            assertThat(instance.path("multi").asBoolean()).isTrue();
            String name = file.getFileName().toString();
            List<Query> prometheus = queries().stream().filter(q -> q.dashboard().equals(name))
                    .filter(q -> q.datasource().equals("prometheus")).toList();
            for (Query q : prometheus) {
                if (!q.panel().equals("Scrape targets up")) {
                    assertThat(q.expr()).as(name + " / " + q.panel() + " follows the instance variable").contains("instance=~\"$instance\"");
                }
            }
            assertThat(prometheus).as(name + ": per-instance panels").anySatisfy(q ->
                    assertThat(q.expr()).containsPattern("by \\((service, )?instance\\)"));
        }
    }

    @Test
    void datasourcesPointAtTheComposeServicesAndDashboardsAreWhereTheProviderLooks() {
        JsonNode compose = Repo.yaml("docker-compose.yml");
        for (JsonNode ds : Repo.yaml("grafana/provisioning/datasources/datasources.yml").path("datasources")) {
            String host = ds.path("url").asText().replaceFirst("^https?://", "").replaceFirst(":.*$", "");
            assertThat(compose.path("services").has(host)).as("datasource %s host %s is a compose service", ds.path("name"), host).isTrue();
        }
        String providerPath = Repo.yaml("grafana/provisioning/dashboards/dashboards.yml")
                .path("providers").get(0).path("options").path("path").asText();
        List<String> grafanaVolumes = new ArrayList<>();
        compose.path("services").path("grafana").path("volumes").forEach(v -> grafanaVolumes.add(v.asText()));
        assertThat(grafanaVolumes).contains("./grafana/dashboards:" + providerPath + ":ro", "./grafana/provisioning:/etc/grafana/provisioning:ro");
    }

    @Test
    void aMisspeltMetricIsCaught() {
        MetricCatalog catalog = MetricCatalog.fromDocs();
        Set<String> names = PromQl.metricNames(
                "sum by (service) (rate(nexuszero_requests_total{service=~\"$service\"}[$__rate_interval]))");
        assertThat(names).containsExactly("nexuszero_requests_total");
        assertThat(catalog.contains("nexuszero_requests_total")).isFalse();
        assertThat(catalog.contains("nexuszero_request_count_total")).isTrue();
        assertThat(catalog.contains("nexuszero_request_latency_seconds_bucket")).isTrue();
    }

    @Test
    void metricNamesAreFoundInsideFunctionsOperatorsAndGroupings() {
        assertThat(PromQl.metricNames("histogram_quantile(0.95, sum by (le, proof_type) (rate(a_bucket{x=\"b\"}[5m]))) > 0.5"))
                .containsExactly("a_bucket");
        assertThat(PromQl.metricNames("(sum(rate(x_total{s=~\"5..\"}[1m])) or 0 * sum(rate(y_total[1m]))) / on (service) group_left z"))
                .containsExactly("x_total", "y_total", "z");
        assertThat(PromQl.metricNames("avg_over_time(up[1h]) offset 5m")).containsExactly("up");
        assertThat(PromQl.labelValuesMetric("label_values(nexuszero_request_count_total, service)"))
                .isEqualTo("nexuszero_request_count_total");
    }
}
