package io.nexuszero.monitor.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a monitor-service config file for one test: random ports on 127.0.0.1, a temporary data directory,
 * quiet logs and the given targets.
 */
public final class TestConfig {

    /** The alert webhook token every test config sets; {@link Alerts#post} sends it. */
    public static final String ALERT_TOKEN = "test-alert-webhook-token-0123456789";

    private final Path dataDirectory;
    private final List<String> targets = new ArrayList<>();
    private final List<String> extra = new ArrayList<>();
    private int appPort = 0;
    private int adminPort = 0;

    private TestConfig(Path dataDirectory) {
        this.dataDirectory = dataDirectory;
    }

    public static TestConfig in(Path dataDirectory) {
        return new TestConfig(dataDirectory);
    }

    public static Path tempDirectory(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A port nothing listens on (bound and released at once). */
    public static int unusedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public TestConfig target(String name, String url, String interval, String timeout) {
        return target(name, url, interval, timeout, null);
    }

    /** @param conditionsYaml lines under {@code conditions:} such as {@code json: "$.status == ok"}, or null */
    public TestConfig target(String name, String url, String interval, String timeout, String conditionsYaml) {
        StringBuilder yaml = new StringBuilder()
                .append("  - name: ").append(quoted(name)).append('\n')
                .append("    url: ").append(quoted(url)).append('\n')
                .append("    interval: ").append(interval).append('\n')
                .append("    timeout: ").append(timeout).append('\n');
        if (conditionsYaml != null) {
            yaml.append("    conditions:\n");
            for (String line : conditionsYaml.split("\n")) {
                yaml.append("      ").append(line).append('\n');
            }
        }
        targets.add(yaml.toString());
        return this;
    }

    /** A target whose being down does not count against the overall status. */
    public TestConfig optionalTarget(String name, String url, String interval, String timeout) {
        target(name, url, interval, timeout, null);
        targets.set(targets.size() - 1, targets.get(targets.size() - 1) + "    optional: true\n");
        return this;
    }

    public TestConfig line(String yaml) {
        extra.add(yaml);
        return this;
    }

    public TestConfig ports(int app, int admin) {
        this.appPort = app;
        this.adminPort = admin;
        return this;
    }

    public String yaml() {
        StringBuilder yaml = new StringBuilder()
                .append("server:\n")
                .append("  applicationConnectors: [{type: http, bindHost: 127.0.0.1, port: ").append(appPort).append("}]\n")
                .append("  adminConnectors: [{type: http, bindHost: 127.0.0.1, port: ").append(adminPort).append("}]\n")
                .append("  requestLog: {appenders: []}\n")
                .append("  shutdownGracePeriod: 0s\n")
                .append("dataDirectory: ").append(quoted(dataDirectory.toString())).append('\n')
                .append("logging:\n  level: WARN\n  appenders: [{type: console}]\n")
                .append("statusPage: {refresh: 5s}\n")
                .append("alertWebhook: {token: ").append(quoted(ALERT_TOKEN)).append("}\n");
        extra.forEach(line -> yaml.append(line).append('\n'));
        yaml.append(targets.isEmpty() ? "targets: []\n" : "targets:\n");
        targets.forEach(yaml::append);
        return yaml.toString();
    }

    /** Writes the file next to the data directory and returns its path. */
    public String write() {
        try {
            Files.createDirectories(dataDirectory);
            Path file = Files.createTempFile(dataDirectory.getParent(), "monitor-test-", ".yml");
            Files.writeString(file, yaml());
            return file.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String quoted(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
