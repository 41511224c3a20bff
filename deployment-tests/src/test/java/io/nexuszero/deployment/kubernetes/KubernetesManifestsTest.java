package io.nexuszero.deployment.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.nexuszero.deployment.support.Repo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** k8s/ as a whole: strict parsing, the kustomization, and the links between objects. */
class KubernetesManifestsTest {

    private final Manifests manifests = Manifests.load();

    @Test
    void kustomizationListsEveryFileKubectlReadsFromTheFolderAndNothingElse() {
        Set<String> read = KubectlApplyDirectory.files(Repo.path("k8s")).stream()
                .map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        assertThat(new TreeSet<>(Kustomize.build("k8s").resourceFiles())).isEqualTo(read);
    }

    @Test
    void everyObjectIsInTheNexusZeroNamespace() {
        assertThat(manifests.all(Namespace.class)).extracting(n -> n.getMetadata().getName()).containsExactly("nexuszero");
        for (HasMetadata object : manifests.objects()) {
            if (!(object instanceof Namespace)) {
                assertThat(object.getMetadata().getNamespace()).as(describe(object)).isEqualTo("nexuszero");
            }
        }
    }

    @Test
    void objectNamesAreUniquePerKind() {
        List<String> keys = manifests.objects().stream().map(KubernetesManifestsTest::describe).toList();
        assertThat(keys).doesNotHaveDuplicates();
    }

    @Test
    void strictParsingRejectsAnUnknownField() {
        JsonNode misspelt = Repo.yamlDocuments("""
                apiVersion: v1
                kind: Service
                metadata: {name: x}
                spec:
                  selectr: {app: x}
                  ports: [{port: 80}]
                """).get(0);
        assertThatThrownBy(() -> StrictKubernetes.parse(misspelt, "test"))
                .hasMessageContaining(".spec: unknown field(s) [selectr]");
        JsonNode deepMisspelt = Repo.yamlDocuments("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: x}
                spec:
                  selector: {matchLabels: {app: x}}
                  template:
                    metadata: {labels: {app: x}}
                    spec:
                      containers:
                        - name: x
                          image: x:1
                          livenessProbe: {httpGet: {path: /ping, port: 1}, initialDelaySecond: 3}
                """).get(0);
        assertThatThrownBy(() -> StrictKubernetes.parse(deepMisspelt, "test"))
                .hasMessageContaining(".spec.template.spec.containers[0].livenessProbe: unknown field(s) [initialDelaySecond]");
        JsonNode unknownKind = Repo.yamlDocuments("apiVersion: example.com/v1\nkind: Widget\nmetadata: {name: x}\n").get(0);
        assertThatThrownBy(() -> StrictKubernetes.parse(unknownKind, "test")).hasMessageContaining("unknown apiVersion/kind");
    }

    @Test
    void servicesSelectTheirDeploymentsPodsAndTargetNamedContainerPorts() {
        for (Service service : manifests.all(Service.class)) {
            Deployment deployment = manifests.get(Deployment.class, service.getMetadata().getName());
            assertThat(Manifests.selects(service.getSpec().getSelector(),
                    deployment.getSpec().getTemplate().getMetadata().getLabels()))
                    .as("Service %s selects the pods of Deployment %s", service.getMetadata().getName(), deployment.getMetadata().getName())
                    .isTrue();
            for (ServicePort port : service.getSpec().getPorts()) {
                Manifests.resolvePort(Manifests.container(deployment), port.getTargetPort());
            }
        }
    }

    @Test
    void deploymentSelectorsMatchTheirOwnPodTemplate() {
        for (Deployment deployment : manifests.all(Deployment.class)) {
            assertThat(Manifests.selects(deployment.getSpec().getSelector().getMatchLabels(),
                    deployment.getSpec().getTemplate().getMetadata().getLabels()))
                    .as(deployment.getMetadata().getName()).isTrue();
        }
    }

    @Test
    void cryptoServiceHasAnAutoscalerAndADisruptionBudgetThatFitIt() {
        Deployment crypto = manifests.get(Deployment.class, "crypto-service");
        HorizontalPodAutoscaler hpa = manifests.get(HorizontalPodAutoscaler.class, "crypto-service");
        assertThat(hpa.getSpec().getScaleTargetRef().getKind()).isEqualTo("Deployment");
        assertThat(hpa.getSpec().getScaleTargetRef().getName()).isEqualTo("crypto-service");
        assertThat(hpa.getSpec().getMinReplicas()).isGreaterThanOrEqualTo(2);
        assertThat(hpa.getSpec().getMaxReplicas()).isGreaterThan(hpa.getSpec().getMinReplicas());
        assertThat(Manifests.container(crypto).getResources().getRequests()).as("HPA on CPU needs a CPU request").containsKey("cpu");

        PodDisruptionBudget pdb = manifests.get(PodDisruptionBudget.class, "crypto-service");
        assertThat(Manifests.selects(pdb.getSpec().getSelector().getMatchLabels(),
                crypto.getSpec().getTemplate().getMetadata().getLabels())).isTrue();
        assertThat(pdb.getSpec().getMinAvailable().getIntVal()).isLessThan(hpa.getSpec().getMinReplicas());
    }

    @Test
    void volumesReferToObjectsThatExist() {
        Secret template = secretTemplate();
        for (Deployment deployment : manifests.all(Deployment.class)) {
            for (var volume : deployment.getSpec().getTemplate().getSpec().getVolumes()) {
                if (volume.getPersistentVolumeClaim() != null) {
                    manifests.get(PersistentVolumeClaim.class, volume.getPersistentVolumeClaim().getClaimName());
                }
                if (volume.getConfigMap() != null) {
                    manifests.get(io.fabric8.kubernetes.api.model.ConfigMap.class, volume.getConfigMap().getName());
                }
                if (volume.getSecret() != null) {
                    assertThat(volume.getSecret().getSecretName()).isEqualTo(template.getMetadata().getName());
                    volume.getSecret().getItems().forEach(item ->
                            assertThat(template.getStringData()).as("secret template keys").containsKey(item.getKey()));
                }
            }
            for (var env : Manifests.container(deployment).getEnv()) {
                if (env.getValueFrom() != null && env.getValueFrom().getSecretKeyRef() != null) {
                    assertThat(env.getValueFrom().getSecretKeyRef().getName()).isEqualTo(template.getMetadata().getName());
                    assertThat(template.getStringData()).containsKey(env.getValueFrom().getSecretKeyRef().getKey());
                }
            }
        }
    }

    @Test
    void theSecretTemplateHoldsPlaceholdersOnlyAndIsNotDeployed() {
        Secret template = secretTemplate();
        assertThat(template.getData()).as("no base64 data in the template").isNullOrEmpty();
        template.getStringData().forEach((key, value) ->
                assertThat(value).as("placeholder for " + key).startsWith("<").endsWith(">"));
        assertThat(template.getStringData()).containsKeys("master-secret", "api-tokens", "grafana-admin-password");
        assertThat(manifests.all(Secret.class)).as("the kustomization must never overwrite the real Secret").isEmpty();
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"k8s", "k8s/monitoring", "overlays/staging", "overlays/production"})
    void theBuildAgreesWithKubectlKustomizeWhereKubectlIsInstalled(String directory) throws Exception {
        Path kubectl = Stream.of(System.getenv().getOrDefault("PATH", "").split(":"))
                .map(dir -> Path.of(dir, "kubectl")).filter(Files::isExecutable).findFirst().orElse(null);
        assumeTrue(kubectl != null, "kubectl not installed: " + directory + " is built by the Java Kustomize check only");
        Process process = new ProcessBuilder(kubectl.toString(), "kustomize", Repo.path(directory).toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("kubectl kustomize " + directory + " exit code").isZero();
        List<JsonNode> fromKubectl = Repo.yamlDocuments(output).stream()
                .sorted(java.util.Comparator.comparing(KubernetesManifestsTest::key)).toList();
        List<JsonNode> fromJava = Manifests.load(directory).objects().stream()
                .map(o -> (JsonNode) Repo.jsonMapper().valueToTree(o))
                .sorted(java.util.Comparator.comparing(KubernetesManifestsTest::key)).toList();
        assertThat(fromJava.stream().map(KubernetesManifestsTest::key).toList())
                .isEqualTo(fromKubectl.stream().map(KubernetesManifestsTest::key).toList());
        for (int i = 0; i < fromJava.size(); i++) {
            // Same objects field by field (both through the typed model, so formatting and defaults cannot differ).
            JsonNode kubectlObject = Repo.jsonMapper().valueToTree(StrictKubernetes.parse(fromKubectl.get(i), "kubectl"));
            assertThat(fromJava.get(i)).as(key(fromJava.get(i))).isEqualTo(kubectlObject);
        }
    }

    private static String key(JsonNode object) {
        return object.path("kind").asText() + "/" + object.at("/metadata/namespace").asText() + "/"
                + object.at("/metadata/name").asText();
    }

    @Test
    void theSecretTemplateNamesEveryKeyTheDeploymentsRead() {
        assertThat(secretTemplate().getStringData()).containsKeys("master-secret", "alert-webhook-token");
    }

    static Secret secretTemplate() {
        List<JsonNode> docs = Repo.yamlDocuments(Repo.read("k8s/secret-template/nexuszero-secrets.yaml"));
        assertThat(docs).hasSize(1);
        return (Secret) StrictKubernetes.parse(docs.get(0), "k8s/secret-template/nexuszero-secrets.yaml");
    }

    static String describe(HasMetadata object) {
        return object.getKind() + "/" + object.getMetadata().getNamespace() + "/" + object.getMetadata().getName();
    }
}
