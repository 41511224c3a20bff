package io.nexuszero.monitor.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dropwizard.util.Duration;
import io.nexuszero.monitor.probe.TargetConfiguration.ConditionsConfiguration;
import java.util.List;
import org.junit.jupiter.api.Test;

class TargetDefinitionsTest {

    @Test
    void aValidTargetKeepsEverySetting() {
        List<Target> targets = TargetDefinitions.from(List.of(new TargetConfiguration("grafana",
                "http://grafana:3000/api/health", Duration.seconds(15), Duration.seconds(3),
                new ConditionsConfiguration("200-204", Duration.seconds(1), "$.database == ok"))));
        Target grafana = targets.get(0);
        assertThat(grafana.url().getPort()).isEqualTo(3000);
        assertThat(grafana.interval()).isEqualTo(java.time.Duration.ofSeconds(15));
        assertThat(grafana.timeout()).isEqualTo(java.time.Duration.ofSeconds(3));
        assertThat(grafana.conditions().status().accepts(204)).isTrue();
        assertThat(grafana.conditions().maxResponseTime()).isEqualTo(java.time.Duration.ofSeconds(1));
        assertThat(grafana.conditions().json()).hasToString("$.database == ok");
    }

    @Test
    void misconfiguredTargetsAreRefusedByName() {
        assertRefused(target("crypto", "not a url"), "target 'crypto'", "cannot be parsed");
        assertRefused(target("crypto", "localhost:13101/ready"), "target 'crypto'", "not an absolute http(s) URL");
        assertRefused(target("crypto", "ftp://host/ready"), "target 'crypto'", "not an absolute http(s) URL");
        assertRefused(target("crypto", null), "target 'crypto'", "url is missing");
        TargetConfiguration zero = target("loki", "http://loki:3100/ready");
        zero.setInterval(Duration.seconds(0));
        assertRefused(zero, "target 'loki'", "interval must be greater than zero");
        TargetConfiguration tiny = target("loki", "http://loki:3100/ready");
        tiny.setInterval(Duration.milliseconds(10));
        assertRefused(tiny, "target 'loki'", "below the minimum of 100ms");
        TargetConfiguration noTimeout = target("loki", "http://loki:3100/ready");
        noTimeout.setTimeout(Duration.seconds(0));
        assertRefused(noTimeout, "target 'loki'", "timeout must be greater than zero");
        TargetConfiguration badStatus = target("prometheus", "http://prometheus:9090/-/ready");
        badStatus.setConditions(new ConditionsConfiguration("healthy", null, null));
        assertRefused(badStatus, "target 'prometheus'", "'healthy'");
        TargetConfiguration badJson = target("grafana", "http://grafana:3000/api/health");
        badJson.setConditions(new ConditionsConfiguration("2xx", null, "database is ok"));
        assertRefused(badJson, "target 'grafana'", "$.field == value");
        assertRefused(target("has space", "http://x/"), "'has space'", "invalid name");
    }

    @Test
    void duplicateNamesAreRefused() {
        assertThatThrownBy(() -> TargetDefinitions.from(List.of(target("api", "http://a/"), target("API", "http://b/"))))
                .isInstanceOf(InvalidTargetException.class)
                .hasMessage("target 'API' is defined twice");
    }

    @Test
    void passwordsInUrlsNeverReachMessagesOrTheApi() {
        assertThatThrownBy(() -> TargetDefinitions.from(List.of(target("db", "mysql://admin:hunter2@db:3306/"))))
                .hasMessageContaining("target 'db'").hasMessageNotContaining("hunter2");
        Target target = TargetDefinitions.from(List.of(target("grafana", "http://admin:hunter2@grafana:3000/api/health?x=1")))
                .get(0);
        assertThat(target.displayUrl()).isEqualTo("http://grafana:3000/api/health?x=1");
        assertThat(target.toString()).doesNotContain("hunter2").contains("grafana");
        assertThat(target.basicAuthorization()).contains("Basic "
                + java.util.Base64.getEncoder().encodeToString("admin:hunter2".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        Target plain = TargetDefinitions.from(List.of(target("loki", "http://loki:3100/ready"))).get(0);
        assertThat(plain.basicAuthorization()).isEmpty();
        assertThat(plain.requestUrl()).isSameAs(plain.url());
    }

    private static void assertRefused(TargetConfiguration target, String... fragments) {
        assertThatThrownBy(() -> TargetDefinitions.from(List.of(target)))
                .isInstanceOf(InvalidTargetException.class)
                .satisfies(e -> assertThat(e.getMessage()).contains(fragments));
    }

    private static TargetConfiguration target(String name, String url) {
        return new TargetConfiguration(name, url, Duration.seconds(10), Duration.seconds(2), new ConditionsConfiguration());
    }
}
