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
    void kustomizationListsEveryManifestInTheFolderAndNothingElse() throws IOException {
        Set<String> onDisk;
        try (Stream<Path> files = Files.list(Repo.path("k8s"))) {
            onDisk = files.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".yaml") || n.endsWith(".yml"))
                    .filter(n -> !n.equals("kustomization.yaml"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertThat(new TreeSet<>(Kustomize.build("k8s").resourceFiles())).isEqualTo(onDisk);
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

    @Test
    void theBuildAgreesWithKubectlKustomizeWhereKubectlIsInstalled() throws Exception {
        Path kubectl = Stream.of(System.getenv().getOrDefault("PATH", "").split(":"))
                .map(dir -> Path.of(dir, "kubectl")).filter(Files::isExecutable).findFirst().orElse(null);
        assumeTrue(kubectl != null, "kubectl not installed: k8s/ is built by the Java Kustomize check only");
        Process process = new ProcessBuilder(kubectl.toString(), "kustomize", Repo.path("k8s").toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("kubectl kustomize k8s/ exit code").isZero();
        List<String> fromKubectl = Repo.yamlDocuments(output).stream()
                .map(doc -> describe(StrictKubernetes.parse(doc, "kubectl kustomize output"))).sorted().toList();
        List<String> fromJava = manifests.objects().stream().map(KubernetesManifestsTest::describe).sorted().toList();
        assertThat(fromJava).isEqualTo(fromKubectl);
        List<String> kubectlImages = Repo.yamlDocuments(output).stream()
                .filter(d -> d.path("kind").asText().equals("Deployment"))
                .flatMap(d -> java.util.stream.StreamSupport.stream(d.at("/spec/template/spec/containers").spliterator(), false))
                .map(c -> c.path("image").asText()).sorted().toList();
        List<String> javaImages = manifests.all(Deployment.class).stream()
                .map(d -> Manifests.container(d).getImage()).sorted().toList();
        assertThat(javaImages).isEqualTo(kubectlImages);
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
