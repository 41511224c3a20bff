package io.nexuszero.deployment.dev;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.nexuszero.deployment.support.NexusZeroService;
import io.nexuszero.deployment.support.Repo;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * bin/nexuszero-dev is POSIX sh, so it runs on macOS (bash 3.2 as /bin/sh) as on Linux: here it runs under dash
 * (Debian's /bin/sh, the strictest common shell) and bash 5. Debian has no bash 3.2; dash refuses the bash-isms
 * (arrays, declare -A, wait -n, [[ ]]) that broke bash 3.2.
 */
class DevLauncherTest {

    /** Ports 23001-23099 only (this machine's rule for services started by tests and by hand). */
    private static final int APP_OFFSET = 10_000;
    private static final int ADMIN_OFFSET = 9_910;

    @ParameterizedTest
    @ValueSource(strings = {"dash", "bash"})
    void theBuildShowsItsProgressModuleByModuleAndAFailureStops(String shell, @TempDir Path home) throws Exception {
        assumeShell(shell);
        Path stub = home.resolve("fake-mvnw");
        Files.writeString(stub, """
                #!/bin/sh
                echo "[INFO] Scanning for projects..."
                echo "[INFO] Building NexusZero 0.1.0-SNAPSHOT                                  [1/3]"
                echo "Downloaded from central: https://repo.example/a.jar (1 kB at 1 kB/s)"
                echo "[INFO] Building NexusZero common 0.1.0-SNAPSHOT                           [2/3]"
                echo "[ERROR] something broke in common"
                echo "[INFO] BUILD FAILURE"
                exit 3
                """);
        stub.toFile().setExecutable(true);
        Result run = run(shell, home, Map.of("NEXUSZERO_DEV_BUILD", "always", "NEXUSZERO_DEV_MVNW", stub.toString()),
                Duration.ofSeconds(60), null);
        assertThat(run.exitCode).as(run.output).isEqualTo(1);
        assertThat(run.output).contains("[nexuszero-dev] build [1/3] NexusZero (", "[nexuszero-dev] build [2/3] NexusZero common (",
                "build: BUILD FAILURE", "build failed (exit 3)", "something broke in common");
        assertThat(run.output).as("no service is started after a failed build").doesNotContain("started crypto-service");
        assertThat(Files.readString(home.resolve("logs/build.log"))).contains("Downloaded from central");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dash", "bash"})
    void runsTheThreeServicesAndTheStatusPageIsUpWithoutTheStack(String shell, @TempDir Path home) throws Exception {
        assumeShell(shell);
        for (NexusZeroService service : NexusZeroService.all()) {
            assumeTrue(Files.isRegularFile(Repo.path(service.name() + "/target/" + service.name() + ".jar")),
                    "the services' jars are built by `mvn package` (this module runs in `verify`)");
        }
        Map<String, String> env = Map.of("NEXUSZERO_DEV_BUILD", "never",
                "NEXUSZERO_DEV_PORT_OFFSET", Integer.toString(APP_OFFSET),
                "NEXUSZERO_DEV_ADMIN_PORT_OFFSET", Integer.toString(ADMIN_OFFSET),
                "JAVA_OPTS", "-Xmx256m -XX:TieredStopAtLevel=1");
        Result run = run(shell, home, env, Duration.ofSeconds(240), process -> {
            int monitor = NexusZeroService.MONITOR.appPort() + APP_OFFSET;
            JsonNode status = awaitStatus(monitor, Duration.ofSeconds(60));
            assertThat(status.path("overall").asText()).as(status.toString()).isEqualTo("up");
            List<String> optional = new ArrayList<>();
            status.path("targets").forEach(t -> {
                if (t.path("optional").asBoolean()) {
                    optional.add(t.path("name").asText());
                } else {
                    assertThat(t.path("status").asText()).as(t.toString()).isEqualTo("up");
                }
            });
            assertThat(optional).containsExactlyInAnyOrder("prometheus", "alertmanager", "loki", "grafana");
        });
        assertThat(run.output).contains("NexusZero is running", "stopping the services", "stopped");
        assertThat(run.exitCode).as("stopped by SIGTERM: " + run.output).isEqualTo(143);
        for (NexusZeroService service : NexusZeroService.all()) {
            assertThat(answers(service.adminPort() + ADMIN_OFFSET)).as(service.name() + " stopped with the launcher").isFalse();
        }
    }

    private interface WhileRunning {
        void check(Process process) throws Exception;
    }

    private record Result(int exitCode, String output) {
    }

    /** Runs the launcher; with {@code whileRunning}, waits for "NexusZero is running", checks, then sends SIGTERM. */
    private static Result run(String shell, Path home, Map<String, String> env, Duration timeout, WhileRunning whileRunning)
            throws Exception {
        Path out = home.resolve("launcher.out");
        ProcessBuilder builder = new ProcessBuilder(shell, Repo.path("bin/nexuszero-dev").toString())
                .directory(Repo.root().toFile()).redirectErrorStream(true).redirectOutput(out.toFile());
        builder.environment().put("NEXUSZERO_DEV_HOME", home.toString());
        builder.environment().putAll(env);
        Process process = builder.start();
        try {
            if (whileRunning != null) {
                Instant deadline = Instant.now().plus(timeout);
                while (!Files.readString(out).contains("NexusZero is running")) {
                    assertThat(process.isAlive()).as("launcher exited early: " + Files.readString(out)).isTrue();
                    assertThat(Instant.now()).as("not running after " + timeout + ": " + Files.readString(out)).isBefore(deadline);
                    Thread.sleep(500);
                }
                whileRunning.check(process);
                process.destroy(); // SIGTERM, as Ctrl-C or a service manager would
            }
            assertThat(process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)).as("launcher still running").isTrue();
            return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8));
        } finally {
            if (process.isAlive()) {
                process.destroy();
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            }
        }
    }

    private static JsonNode awaitStatus(int port, Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        JsonNode last = null;
        while (Instant.now().isBefore(deadline)) {
            try {
                HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/v1/status")).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.ofString());
                last = Repo.jsonMapper().readTree(response.body());
                boolean allChecked = true;
                for (JsonNode t : last.path("targets")) {
                    allChecked &= !t.path("status").asText().equals("unknown");
                }
                if (allChecked && last.path("overall").asText().equals("up")) {
                    return last;
                }
            } catch (IOException e) {
                // not answering yet
            }
            Thread.sleep(500);
        }
        return last == null ? Repo.jsonMapper().createObjectNode() : last;
    }

    private static boolean answers(int port) {
        try (java.net.Socket socket = new java.net.Socket()) {
            socket.connect(new java.net.InetSocketAddress("127.0.0.1", port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void assumeShell(String shell) {
        boolean found = false;
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            found |= Files.isExecutable(Path.of(dir, shell));
        }
        // Both are on every Debian machine (dash is its /bin/sh), so CI always runs both; a macOS checkout without
        // dash skips that half.
        assumeTrue(found, shell + " not installed");
    }
}
