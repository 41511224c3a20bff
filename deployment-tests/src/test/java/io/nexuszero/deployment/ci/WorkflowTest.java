package io.nexuszero.deployment.ci;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.nexuszero.deployment.kubernetes.Manifests;
import io.nexuszero.deployment.support.NexusZeroService;
import io.nexuszero.deployment.support.Repo;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The GitHub workflow builds what k8s/ runs, checks what .ci/run checks, and hides no failure. */
class WorkflowTest {

    private final String text = Repo.read(".github/workflows/ci.yml");
    private final JsonNode workflow = Repo.yaml(".github/workflows/ci.yml");
    private final JsonNode jobs = workflow.path("jobs");

    @Test
    void noFailureIsSwallowed() {
        assertThat(text).doesNotContain("|| true").doesNotContain("continue-on-error: true").doesNotContain("set +e");
    }

    @Test
    void buildAndTestRunsTheReadmesTestCommand() {
        assertThat(runs("build-test")).contains("./mvnw -B verify");
    }

    @Test
    void staticChecksRunTheSameScriptAsCi() {
        assertThat(runs("static-checks")).contains("scripts/check-static.sh");
        assertThat(runs("stack")).contains("scripts/smoke-stack.sh");
    }

    @Test
    void everyActionIsPinnedAndTheScannerToAnExactVersion() {
        List<String> uses = new ArrayList<>();
        jobs.forEach(job -> job.path("steps").forEach(step -> {
            if (step.has("uses")) {
                uses.add(step.path("uses").asText());
            }
        }));
        assertThat(uses).allSatisfy(u -> assertThat(u).matches("[\\w.-]+/[\\w.-]+@v?\\d+(\\.\\d+)*"));
        assertThat(uses).anySatisfy(u -> assertThat(u).matches("aquasecurity/trivy-action@\\d+\\.\\d+\\.\\d+"));
    }

    @Test
    void imagesArePublishedUnderTheNamesKubernetesRuns() {
        String prefix = workflow.path("env").path("IMAGE_PREFIX").asText();
        JsonNode images = jobs.path("images");
        List<String> matrix = new ArrayList<>();
        images.path("strategy").path("matrix").path("service").forEach(s -> matrix.add(s.asText()));
        assertThat(matrix).containsExactlyInAnyOrderElementsOf(NexusZeroService.all().stream().map(NexusZeroService::name).toList());
        JsonNode meta = step("images", "meta");
        assertThat(meta.path("with").path("images").asText()).isEqualTo("${{ env.IMAGE_PREFIX }}/${{ matrix.service }}");
        String tags = meta.path("with").path("tags").asText();
        assertThat(tags).contains("type=sha,prefix=sha-,format=short", "type=ref,event=branch", "type=semver,pattern={{version}}");

        Manifests manifests = Manifests.load();
        for (NexusZeroService service : NexusZeroService.all()) {
            Deployment deployment = manifests.deployment(service);
            String image = Manifests.container(deployment).getImage();
            assertThat(image).as("k8s image of " + service.name()).startsWith(prefix + "/" + service.name() + ":");
            assertThat(service.imageRepository()).isEqualTo(prefix + "/" + service.name());
            // The release tag k8s/ names is what type=semver publishes for the git tag v<version>.
            assertThat(image.substring(image.lastIndexOf(':') + 1)).matches("\\d+\\.\\d+\\.\\d+|sha-[0-9a-f]{7}");
        }
        String deploy = runs("deploy");
        assertThat(deploy).contains("tag=\"sha-${GITHUB_SHA::7}\"", "name: ${IMAGE_PREFIX}/${service}", "kubectl apply -k");
    }

    @Test
    void deployIsGatedOnAnEnvironmentAndOnTheImagesAndTheStack() {
        JsonNode deploy = jobs.path("deploy");
        assertThat(deploy.path("environment").asText()).isNotEmpty();
        List<String> needs = new ArrayList<>();
        deploy.path("needs").forEach(n -> needs.add(n.asText()));
        assertThat(needs).contains("images", "stack");
        assertThat(deploy.path("if").asText()).contains("refs/heads/main");
    }

    private String runs(String job) {
        StringBuilder all = new StringBuilder();
        jobs.path(job).path("steps").forEach(step -> all.append(step.path("run").asText()).append('\n'));
        return all.toString();
    }

    private JsonNode step(String job, String id) {
        for (JsonNode step : jobs.path(job).path("steps")) {
            if (id.equals(step.path("id").asText())) {
                return step;
            }
        }
        throw new AssertionError(job + " has no step " + id);
    }
}
