package io.nexuszero.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dropwizard.testing.DropwizardTestSupport;
import io.nexuszero.monitor.probe.InvalidTargetException;
import io.nexuszero.monitor.support.TestConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A misconfigured target stops startup with its name in the message, and nothing is created on disk. */
class ConfigValidationTest {

    @TempDir
    Path workDirectory;

    @Test
    void anUnparseableUrlStopsStartupNamingTheTarget() {
        assertStartupRefused(TestConfig.in(workDirectory.resolve("data"))
                .target("good", "http://127.0.0.1:1/ready", "1s", "1s")
                .target("broken-crypto", "http://crypto service:13101/ready", "1s", "1s"),
                "target 'broken-crypto': url 'http://crypto service:13101/ready' cannot be parsed:");
    }

    @Test
    void aZeroIntervalStopsStartupNamingTheTarget() {
        assertStartupRefused(TestConfig.in(workDirectory.resolve("data"))
                .target("loki", "http://127.0.0.1:3100/ready", "0s", "1s"),
                "target 'loki': interval must be greater than zero");
    }

    @Test
    void aDuplicateNameStopsStartup() {
        assertStartupRefused(TestConfig.in(workDirectory.resolve("data"))
                .target("grafana", "http://127.0.0.1:3000/api/health", "1s", "1s")
                .target("grafana", "http://127.0.0.1:3001/api/health", "1s", "1s"),
                "target 'grafana' is defined twice");
    }

    private void assertStartupRefused(TestConfig config, String message) {
        DropwizardTestSupport<MonitorConfiguration> app =
                new DropwizardTestSupport<>(MonitorApplication.class, config.write());
        try {
            assertThatThrownBy(app::before)
                    .satisfies(e -> assertThat(rootCause(e)).isInstanceOf(InvalidTargetException.class)
                            .hasMessageStartingWith(message));
        } finally {
            app.after();
        }
        assertThat(Files.exists(workDirectory.resolve("data").resolve("monitor.mv.db"))).isFalse();
    }

    private static Throwable rootCause(Throwable error) {
        Throwable t = error;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }
}
