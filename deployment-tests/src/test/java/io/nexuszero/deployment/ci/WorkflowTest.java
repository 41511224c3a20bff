package io.nexuszero.deployment.ci;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.nexuszero.deployment.kubernetes.Manifests;
import io.nexuszero.deployment.support.NexusZeroService;
import io.nexuszero.deployment.support.Repo;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    /** {@code uses: owner/repo[/path]@<40-hex commit> # v1.2.3}: a tag or branch can be moved, a commit cannot. */
    static final Pattern PINNED = Pattern.compile(
            "uses:\\s*([\\w.-]+/[\\w.-]+(?:/[\\w./-]+)?)@([0-9a-f]{40})\\s+#\\s*v?(\\d+(?:\\.\\d+){1,2})\\s*$");

    /** Every {@code uses:} line of a workflow that is not pinned to a commit with its tag in a comment. */
    static List<String> unpinned(String workflowText) {
        List<String> problems = new ArrayList<>();
        for (String line : workflowText.split("\n")) {
            String code = line.strip().startsWith("- ") ? line.strip().substring(2) : line.strip();
            if (code.startsWith("uses:") && !code.startsWith("uses: ./") && !PINNED.matcher(code).matches()) {
                problems.add(code);
            }
        }
        return problems;
    }

    @Test
    void everyActionIsPinnedToACommitWithItsTagInAComment() {
        List<String> uses = new ArrayList<>();
        jobs.forEach(job -> job.path("steps").forEach(step -> {
            if (step.has("uses")) {
                uses.add(step.path("uses").asText());
            }
        }));
        assertThat(uses).isNotEmpty();
        assertThat(uses).allSatisfy(u -> assertThat(u).matches("[\\w.-]+/[\\w./-]+@[0-9a-f]{40}"));
        assertThat(unpinned(text)).isEmpty();
        assertThat(text.lines().filter(l -> l.strip().replaceFirst("^- ", "").startsWith("uses:")).count())
                .as("every uses: line was parsed").isEqualTo(uses.size());
    }

    @Test
    void theCheckRefusesTagsAndBranches() {
        assertThat(unpinned("      - uses: aquasecurity/trivy-action@0.28.0\n")).hasSize(1);
        assertThat(unpinned("      - uses: actions/checkout@v4\n")).hasSize(1);
        assertThat(unpinned("        uses: actions/checkout@main\n")).hasSize(1);
        assertThat(unpinned("      - uses: actions/checkout@11d5960a326750d5838078e36cf38b85af677262\n"))
                .as("a SHA without the tag it stands for cannot be reviewed or updated").hasSize(1);
        assertThat(unpinned("      - uses: actions/checkout@11d5960a326750d5838078e36cf38b85af677262 # v4.4.0\n")).isEmpty();
    }

    @Test
    void theScannerIsAtLeastTrivyAction0_35_0() {
        Matcher trivy = Pattern.compile("uses:\\s*aquasecurity/trivy-action@[0-9a-f]{40}\\s+#\\s*v?(\\d+)\\.(\\d+)\\.(\\d+)").matcher(text);
        assertThat(trivy.find()).as("the images are scanned by aquasecurity/trivy-action").isTrue();
        int[] version = {Integer.parseInt(trivy.group(1)), Integer.parseInt(trivy.group(2)), Integer.parseInt(trivy.group(3))};
        assertThat(java.util.Arrays.compare(version, new int[] {0, 35, 0}))
                .as("trivy-action before 0.35.0 includes the tags force-pushed in March 2026 (GHSA-69fq-xp46-6x23)")
                .isGreaterThanOrEqualTo(0);
    }

    @Test
    void dependabotUpdatesActionsMavenAndContainerImages() {
        JsonNode dependabot = Repo.yaml(".github/dependabot.yml");
        assertThat(dependabot.path("version").asInt()).isEqualTo(2);
        List<String> ecosystems = new ArrayList<>();
        dependabot.path("updates").forEach(u -> {
            ecosystems.add(u.path("package-ecosystem").asText());
            assertThat(u.path("directory").asText()).isEqualTo("/");
            assertThat(u.path("schedule").path("interval").asText()).isNotEmpty();
        });
        assertThat(ecosystems).contains("github-actions", "maven", "docker", "docker-compose");
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
        assertThat(runs("deploy-staging")).contains("scripts/deploy.sh staging \"sha-${GITHUB_SHA::7}\"");
        assertThat(runs("deploy-production")).contains("scripts/deploy.sh production \"sha-${GITHUB_SHA::7}\"");
        String deployScript = Repo.read("scripts/deploy.sh");
        assertThat(deployScript).contains("prefix=${IMAGE_PREFIX:-" + prefix + "}", "echo \"- name: $prefix/$service\"",
                "kubectl apply -k", "rollout status", "rollout undo");
    }

    @Test
    void mainGoesToStagingAtOnceAndToProductionOnlyThroughItsApprovedEnvironment() {
        JsonNode staging = jobs.path("deploy-staging");
        JsonNode production = jobs.path("deploy-production");
        assertThat(staging.path("environment").path("name").asText()).isEqualTo("staging");
        assertThat(production.path("environment").path("name").asText()).isEqualTo("production");
        assertThat(needs(staging)).contains("images", "stack");
        assertThat(needs(production)).as("production only after staging succeeded").contains("deploy-staging");
        for (JsonNode job : List.of(staging, production)) {
            assertThat(job.path("if").asText()).contains("refs/heads/main").contains("push");
        }
        assertThat(jobs.has("deploy")).as("no ungated deploy job left").isFalse();
    }

    @Test
    void theStackJobRunsComposeAsANewUserWould() {
        List<String> commands = new ArrayList<>();
        jobs.path("stack").path("steps").forEach(step -> commands.add(step.path("run").asText().strip()));
        assertThat(commands).contains("docker compose up -d --wait");
        assertThat(commands.indexOf("docker compose up -d --wait")).isLessThan(commands.indexOf("scripts/smoke-stack.sh"));
        jobs.path("stack").path("steps").forEach(step ->
                assertThat(step.path("env").has("GRAFANA_ADMIN_PASSWORD")).as("no Grafana variable needed").isFalse());
    }

    private static List<String> needs(JsonNode job) {
        List<String> needs = new ArrayList<>();
        job.path("needs").forEach(n -> needs.add(n.asText()));
        return needs;
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
