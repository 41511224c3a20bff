package io.nexuszero.deployment.compose;

import static org.assertj.core.api.Assertions.assertThat;

import io.nexuszero.deployment.config.LoadedConfig;
import io.nexuszero.deployment.config.ServiceConfigLoader;
import io.nexuszero.deployment.support.NexusZeroService;
import io.nexuszero.deployment.support.Repo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The multi-stage Dockerfile: build once with a cached dependency layer, one locked-down runtime target per service. */
class DockerfileTest {

    private static final Pattern MODULE = Pattern.compile("<module>([^<]+)</module>");
    private final Dockerfile dockerfile = Dockerfile.parse(Repo.read("Dockerfile"));

    static Stream<NexusZeroService> services() {
        return NexusZeroService.all().stream();
    }

    @Test
    void buildStageResolvesDependenciesFromThePomsBeforeCopyingSources() {
        Dockerfile.Stage build = dockerfile.stage("build");
        assertThat(build.from()).isEqualTo("maven:3.9-eclipse-temurin-17");
        List<String> modules = new ArrayList<>();
        Matcher m = MODULE.matcher(Repo.read("pom.xml"));
        while (m.find()) {
            modules.add(m.group(1));
        }
        List<Dockerfile.Instruction> steps = build.instructions();
        int firstSourceCopy = indexOf(steps, i -> i.keyword().equals("COPY") && i.arguments().contains("/src"));
        int dependencyRun = indexOf(steps, i -> i.keyword().equals("RUN") && i.arguments().contains("mvn"));
        assertThat(dependencyRun).as("a Maven run before any source is copied").isLessThan(firstSourceCopy);
        List<String> pomCopiesBeforeRun = steps.subList(0, dependencyRun).stream()
                .filter(i -> i.keyword().equals("COPY")).map(Dockerfile.Instruction::arguments).toList();
        assertThat(pomCopiesBeforeRun).contains("pom.xml ./");
        for (String module : modules) {
            assertThat(pomCopiesBeforeRun).as("module " + module + "'s POM is in the dependency layer")
                    .contains(module + "/pom.xml " + module + "/");
        }
        assertThat(String.join("\n", build.all("RUN"))).doesNotContain("|| true");
    }

    @ParameterizedTest
    @MethodSource("services")
    void runtimeTargetRunsTheServicesJarAndConfigAsNonRootWithAHealthcheck(NexusZeroService service) throws Exception {
        LoadedConfig config = ServiceConfigLoader.load(service, Repo.read(service.configFile()), Map.of());
        Dockerfile.Stage stage = dockerfile.stage(service.name());
        List<Dockerfile.Instruction> effective = dockerfile.effective(service.name());
        Dockerfile.Stage runtime = dockerfile.stage(stage.from());
        assertThat(runtime.from()).isEqualTo("eclipse-temurin:17-jre");

        assertThat(stage.all("COPY")).contains(
                "--from=build /build/" + service.name() + "/target/" + service.name() + ".jar /app/service.jar",
                service.configFile() + " /app/config.yml");
        assertThat(stage.all("ENV")).as("the healthcheck's port is the config's admin port")
                .contains("ADMIN_PORT=" + config.adminPort());
        assertThat(stage.all("EXPOSE")).containsExactly(config.appPort() + " " + config.adminPort());

        String user = last(effective, "USER");
        assertThat(user).as("non-root numeric user, the uid k8s runAsUser names").isEqualTo("10001:10001");
        String health = last(effective, "HEALTHCHECK");
        assertThat(health).contains("/dev/tcp/127.0.0.1/${ADMIN_PORT}", "GET /ready").doesNotContain("curl").doesNotContain("wget");
        assertThat(last(effective, "ENTRYPOINT")).contains("-XX:MaxRAMPercentage=75", "/app/service.jar");
        assertThat(last(effective, "CMD")).isEqualTo("[\"server\", \"/app/config.yml\"]");
        String dataDir = effective.stream().filter(i -> i.keyword().equals("ENV") && i.arguments().startsWith("NEXUSZERO_DATA_DIR="))
                .map(i -> i.arguments().substring("NEXUSZERO_DATA_DIR=".length())).reduce((a, b) -> b).orElseThrow();
        assertThat(last(effective, "VOLUME")).isEqualTo("[\"" + dataDir + "\"]");
    }

    @Test
    void dockerignoreKeepsBuildOutputAndGitOutOfTheContext() {
        List<String> ignored = List.of(Repo.read(".dockerignore").split("\n"));
        assertThat(ignored).contains(".git", "**/target");
    }

    private static String last(List<Dockerfile.Instruction> instructions, String keyword) {
        return instructions.stream().filter(i -> i.keyword().equals(keyword)).map(Dockerfile.Instruction::arguments)
                .reduce((a, b) -> b).orElseThrow(() -> new AssertionError("no " + keyword));
    }

    private static int indexOf(List<Dockerfile.Instruction> list, java.util.function.Predicate<Dockerfile.Instruction> p) {
        for (int i = 0; i < list.size(); i++) {
            if (p.test(list.get(i))) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }
}
