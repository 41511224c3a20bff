package io.nexuszero.deployment.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Secret;
import io.nexuszero.deployment.support.Repo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kubectl apply -f k8s/} works as written, and {@code kubectl apply -k k8s/} applies the same objects. */
class KubectlApplyDirectoryTest {

    @Test
    void everyFileKubectlReadsFromK8sIsAClusterObjectAndTheNamespaceComesFirst() {
        List<KubectlApplyDirectory.Applied> applied = KubectlApplyDirectory.objects(Repo.path("k8s"));
        assertThat(applied).hasSizeGreaterThan(10);
        HasMetadata first = applied.get(0).object();
        assertThat(first).as("kubectl reads the folder in name order: the Namespace must come first")
                .isInstanceOf(Namespace.class);
        assertThat(first.getMetadata().getName()).isEqualTo("nexuszero");
        for (KubectlApplyDirectory.Applied a : applied.subList(1, applied.size())) {
            assertThat(a.object().getMetadata().getNamespace()).as(a.file()).isEqualTo("nexuszero");
        }
    }

    @Test
    void noFileThatWouldFailOnAFreshClusterIsAppliedBy_f() {
        for (KubectlApplyDirectory.Applied a : KubectlApplyDirectory.objects(Repo.path("k8s"))) {
            assertThat(a.object()).as(a.file() + ": the real Secret is created by hand (k8s/README.md)")
                    .isNotInstanceOf(Secret.class);
            assertThat(a.object().getApiVersion()).as(a.file() + ": custom resources need their CRDs (k8s/monitoring/)")
                    .doesNotContain("monitoring.coreos.com");
        }
    }

    @Test
    void applyMinus_fAndApplyMinus_kSendTheSameObjects() {
        List<String> byDirectory = KubectlApplyDirectory.objects(Repo.path("k8s")).stream()
                .map(a -> describe(a.object())).sorted().toList();
        List<String> byKustomize = Kustomize.build("k8s").objects().stream().map(KubectlApplyDirectoryTest::describe)
                .sorted().toList();
        assertThat(byKustomize).isEqualTo(byDirectory);
        assertThat(Kustomize.kustomizationFile(Repo.path("k8s")).getFileName().toString())
                .as("a kustomization.yaml/.yml in k8s/ would be read by kubectl apply -f").isEqualTo("Kustomization");
    }

    @Test
    void theMonitoringFolderAlsoAppliesBothWays() {
        List<String> byDirectory = KubectlApplyDirectory.objects(Repo.path("k8s/monitoring")).stream()
                .map(a -> describe(a.object())).sorted().toList();
        assertThat(byDirectory).isEqualTo(Kustomize.build("k8s/monitoring").objects().stream()
                .map(KubectlApplyDirectoryTest::describe).sorted().toList());
        assertThat(byDirectory).anyMatch(d -> d.startsWith("ServiceMonitor/"))
                .anyMatch(d -> d.startsWith("PrometheusRule/"));
    }

    @Test
    void theRulesAreKubectlsRules(@TempDir Path dir) throws Exception {
        for (String name : List.of("b.yaml", "a.yml", "c.json", "B.yaml", "Kustomization", "notes.txt", "x.yaml.bak")) {
            Files.writeString(dir.resolve(name), "");
        }
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub/0-first.yaml"), "");
        assertThat(KubectlApplyDirectory.files(dir)).extracting(p -> p.getFileName().toString())
                .containsExactly("B.yaml", "a.yml", "b.yaml", "c.json");
    }

    @Test
    void aKustomizationYamlInTheFolderWouldBeCaught(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("kustomization.yaml"),
                "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources: [a.yaml]\n");
        assertThatThrownBy(() -> KubectlApplyDirectory.objects(dir)).hasMessageContaining("kustomization.yaml");
    }

    static String describe(HasMetadata object) {
        return object.getKind() + "/" + object.getMetadata().getNamespace() + "/" + object.getMetadata().getName();
    }
}
