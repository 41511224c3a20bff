package io.nexuszero.common.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * A Node project of this repository (a package.json with a package-lock.json) that a test runs: installs it with
 * {@code npm ci --ignore-scripts} (exact versions from the lock file, no install scripts) and runs its commands.
 *
 * <p>Without {@code node} on the PATH the calling test is skipped (visibly) on a developer machine, but fails where
 * the environment variable {@code CI} is set, so CI cannot pass without running it.
 */
public final class NodeProject {

    /** What a command printed (stdout and stderr merged) and its exit status; -1 on timeout. */
    public record Result(int exit, String output) {
    }

    private final Path directory;

    public NodeProject(Path directory) {
        this.directory = directory;
    }

    /** Skips the calling test without node, fails it without node in CI. */
    public static void requireNode(String what) {
        boolean node;
        try {
            node = run(Path.of("."), List.of("node", "--version"), Map.of(), 30).exit() == 0;
        } catch (UncheckedIOException e) {
            node = false;
        }
        if (!node && System.getenv("CI") != null) {
            Assertions.fail("node is not on the PATH, but CI is set: " + what + " must run in CI");
        }
        Assumptions.assumeTrue(node, "node is not on the PATH: " + what + " skipped (it runs wherever node is)");
    }

    /** {@code npm ci}: the locked versions, or a failed assertion with npm's output. */
    public void install() {
        Result install = run(List.of("npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund", "--loglevel=error"),
                Map.of(), 300);
        Assertions.assertEquals(0, install.exit(), () -> "npm ci in " + directory + ":\n" + install.output());
    }

    public Result run(List<String> command, Map<String, String> environment, int timeoutSeconds) {
        return run(directory, command, environment, timeoutSeconds);
    }

    private static Result run(Path directory, List<String> command, Map<String, String> environment,
                              int timeoutSeconds) {
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
                    .redirectErrorStream(true);
            builder.environment().putAll(environment);
            Process process = builder.start();
            process.getOutputStream().close();
            try {
                byte[] output = process.getInputStream().readAllBytes();
                if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    return new Result(-1, "timed out after " + timeoutSeconds + " s");
                }
                return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
