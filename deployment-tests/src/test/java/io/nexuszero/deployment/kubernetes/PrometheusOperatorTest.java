package io.nexuszero.deployment.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.rbac.RoleBinding;
import io.fabric8.openshift.api.model.monitoring.v1.Endpoint;
import io.fabric8.openshift.api.model.monitoring.v1.PrometheusRule;
import io.fabric8.openshift.api.model.monitoring.v1.ServiceMonitor;
import io.fabric8.openshift.api.model.monitoring.v1alpha1.AlertmanagerConfig;
import io.fabric8.openshift.api.model.monitoring.v1alpha1.WebhookConfig;
import io.nexuszero.deployment.support.NexusZeroService;
import io.nexuszero.deployment.support.Repo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * k8s/monitoring/ for a cluster running the Prometheus Operator (kube-prometheus): the ServiceMonitors scrape what
 * Compose's prometheus.yml scrapes under the same job names, the PrometheusRule is prometheus/rules/ verbatim, and
 * Alertmanager reaches the monitor's webhook with its token.
 */
class PrometheusOperatorTest {

    private final Manifests base = Manifests.load("k8s");
    private final Manifests monitoring = Manifests.load("k8s/monitoring");

    @Test
    void eachServiceHasAServiceMonitorOnItsAdminPortWhoseJobIsTheComposeJob() {
        JsonNode prometheus = Repo.yaml("prometheus.yml");
        List<String> composeJobs = new ArrayList<>();
        prometheus.path("scrape_configs").forEach(j -> composeJobs.add(j.path("job_name").asText()));
        for (NexusZeroService service : NexusZeroService.all()) {
            ServiceMonitor monitor = monitoring.get(ServiceMonitor.class, service.name());
            Service target = base.get(Service.class, service.name());
            assertThat(Manifests.selects(monitor.getSpec().getSelector().getMatchLabels(), target.getMetadata().getLabels()))
                    .as("ServiceMonitor %s selects Service %s", service.name(), service.name()).isTrue();
            assertThat(base.all(Service.class).stream().filter(s ->
                    Manifests.selects(monitor.getSpec().getSelector().getMatchLabels(), s.getMetadata().getLabels())))
                    .as("and no other Service").hasSize(1);
            assertThat(monitor.getSpec().getNamespaceSelector().getMatchNames()).containsExactly("nexuszero");
            assertThat(monitor.getSpec().getJobLabel()).as("job = the Service's name, as in Compose").isNull();
            assertThat(composeJobs).contains(target.getMetadata().getName());
            Endpoint endpoint = monitor.getSpec().getEndpoints().get(0);
            assertThat(monitor.getSpec().getEndpoints()).hasSize(1);
            assertThat(endpoint.getPath()).isEqualTo("/metrics");
            assertThat(endpoint.getHonorLabels()).as("keeps the metrics' own service and endpoint labels").isTrue();
            int port = target.getSpec().getPorts().stream().filter(p -> p.getName().equals(endpoint.getPort()))
                    .findFirst().orElseThrow().getPort();
            assertThat(port).as("the ServiceMonitor scrapes the admin port").isEqualTo(service.adminPort());
        }
    }

    @Test
    void thePrometheusRuleIsTheRuleFilesVerbatim() throws IOException {
        PrometheusRule rule = monitoring.get(PrometheusRule.class, "nexuszero");
        JsonNode inCluster = Repo.jsonMapper().valueToTree(rule.getSpec().getGroups());
        ArrayNode inFiles = Repo.jsonMapper().createArrayNode();
        try (Stream<Path> files = Files.list(Repo.path("prometheus/rules"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".yml")).sorted().toList()) {
                inFiles.addAll((ArrayNode) Repo.yamlDocuments(Repo.read(file)).get(0).path("groups"));
            }
        }
        // Through the same typed model, so only content can differ.
        com.fasterxml.jackson.databind.node.ObjectNode fromFiles = Repo.jsonMapper().createObjectNode()
                .put("apiVersion", "monitoring.coreos.com/v1").put("kind", "PrometheusRule");
        fromFiles.putObject("metadata").put("name", "prometheus-rules");
        fromFiles.putObject("spec").set("groups", inFiles);
        PrometheusRule expected = (PrometheusRule) StrictKubernetes.parse(fromFiles, "prometheus/rules/*.yml");
        assertThat(expected.getSpec().getGroups()).isNotEmpty();
        assertThat(inCluster).as("k8s/monitoring/prometheusrule-nexuszero.yaml differs from prometheus/rules/:"
                + " run scripts/sync-k8s-monitoring.sh")
                .isEqualTo(Repo.jsonMapper().valueToTree(expected.getSpec().getGroups()));
    }

    @Test
    void kubePrometheusMayDiscoverThisNamespace() {
        RoleBinding binding = base.get(RoleBinding.class, "prometheus-discovery");
        assertThat(binding.getSubjects()).anySatisfy(s -> {
            assertThat(s.getKind()).isEqualTo("ServiceAccount");
            assertThat(s.getName()).isEqualTo("prometheus-k8s");
            assertThat(s.getNamespace()).isEqualTo("monitoring");
        });
    }

    @Test
    void alertmanagerSendsToTheMonitorsWebhookWithTheTokenFromTheSecret() {
        AlertmanagerConfig config = monitoring.get(AlertmanagerConfig.class, "nexuszero");
        String receiver = config.getSpec().getRoute().getReceiver();
        WebhookConfig webhook = config.getSpec().getReceivers().stream().filter(r -> r.getName().equals(receiver))
                .findFirst().orElseThrow().getWebhookConfigs().get(0);
        Service monitor = base.get(Service.class, "monitor-service");
        int http = monitor.getSpec().getPorts().stream().filter(p -> p.getName().equals("http")).findFirst().orElseThrow().getPort();
        assertThat(webhook.getUrl()).isEqualTo("http://monitor-service.nexuszero.svc:" + http + "/v1/alerts");
        assertThat(webhook.getSendResolved()).isTrue();
        var credentials = webhook.getHttpConfig().getAuthorization().getCredentials();
        assertThat(credentials.getName()).isEqualTo("nexuszero-secrets");
        assertThat(KubernetesManifestsTest.secretTemplate().getStringData()).containsKey(credentials.getKey());
        // The monitor reads the same key from the same Secret.
        var deployment = base.get(io.fabric8.kubernetes.api.model.apps.Deployment.class, "monitor-service");
        String tokenFile = Manifests.container(deployment).getEnv().stream()
                .filter(e -> e.getName().equals("MONITOR_ALERT_TOKEN_FILE")).findFirst().orElseThrow().getValue();
        var mount = Manifests.container(deployment).getVolumeMounts().stream()
                .filter(m -> tokenFile.startsWith(m.getMountPath() + "/")).findFirst().orElseThrow();
        var volume = deployment.getSpec().getTemplate().getSpec().getVolumes().stream()
                .filter(v -> v.getName().equals(mount.getName())).findFirst().orElseThrow();
        assertThat(volume.getSecret().getSecretName()).isEqualTo(credentials.getName());
        assertThat(volume.getSecret().getOptional()).as("a missing token must stop the pod, not open the webhook").isNotEqualTo(Boolean.TRUE);
        assertThat(volume.getSecret().getItems()).anySatisfy(item -> {
            assertThat(item.getKey()).isEqualTo(credentials.getKey());
            assertThat(mount.getMountPath() + "/" + item.getPath()).isEqualTo(tokenFile);
        });
    }
}
