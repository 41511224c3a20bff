package io.nexuszero.monitor.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ConditionsTest {

    @Test
    void statusConditionsAcceptClassesRangesAndLists() {
        StatusCondition twoXx = StatusCondition.parse("2xx");
        assertThat(twoXx.accepts(200)).isTrue();
        assertThat(twoXx.accepts(299)).isTrue();
        assertThat(twoXx.accepts(301)).isFalse();
        StatusCondition mixed = StatusCondition.parse("200, 301-302, 4XX");
        assertThat(mixed.accepts(200)).isTrue();
        assertThat(mixed.accepts(302)).isTrue();
        assertThat(mixed.accepts(404)).isTrue();
        assertThat(mixed.accepts(201)).isFalse();
        assertThat(mixed.accepts(503)).isFalse();
        assertThatThrownBy(() -> StatusCondition.parse("ok")).hasMessageContaining("'ok'");
        assertThatThrownBy(() -> StatusCondition.parse("299-200")).hasMessageContaining("299-200");
        assertThatThrownBy(() -> StatusCondition.parse("700")).hasMessageContaining("700");
    }

    @Test
    void jsonConditionsCompareTheFieldAsText() {
        assertThat(JsonFieldCondition.parse("$.status == ok").matches(bytes("{\"status\":\"ok\"}"))).isTrue();
        assertThat(JsonFieldCondition.parse("$.status == ok").matches(bytes("{\"status\":\"down\"}"))).isFalse();
        assertThat(JsonFieldCondition.parse("$.ready == true").matches(bytes("{\"ready\":true}"))).isTrue();
        assertThat(JsonFieldCondition.parse("$.checks[1].name == \"db pool\"")
                .matches(bytes("{\"checks\":[{\"name\":\"x\"},{\"name\":\"db pool\"}]}"))).isTrue();
        assertThat(JsonFieldCondition.parse("$.count == 3").matches(bytes("{\"count\":3}"))).isTrue();
        assertThat(JsonFieldCondition.parse("$.status == ok").matches(bytes("<html>ok</html>"))).isFalse();
        assertThat(JsonFieldCondition.parse("$.status == ok").matches(bytes("{\"status\":{\"v\":\"ok\"}}"))).isFalse();
        assertThat(JsonFieldCondition.parse("$.missing == ok").matches(bytes("{}"))).isFalse();
        assertThat(JsonFieldCondition.parse("$.status == ok").matches(new byte[0])).isFalse();
        assertThat(JsonFieldCondition.parse("  $.status==ok ").toString()).isEqualTo("$.status == ok");
        assertThatThrownBy(() -> JsonFieldCondition.parse("status = ok")).hasMessageContaining("$.field == value");
        assertThatThrownBy(() -> JsonFieldCondition.parse("$.status ==")).hasMessageContaining("$.field == value");
    }

    @Test
    void conditionsAreCheckedInOrderAndTheFirstFailureIsTheReason() {
        TargetConditions conditions = new TargetConditions(StatusCondition.parse("2xx"), Duration.ofMillis(100),
                JsonFieldCondition.parse("$.status == ok"));
        assertThat(conditions.failureOf(200, Duration.ofMillis(5), bytes("{\"status\":\"ok\"}"))).isEmpty();
        assertThat(conditions.failureOf(503, Duration.ofMillis(500), bytes("{}"))).contains("status 503");
        assertThat(conditions.failureOf(200, Duration.ofMillis(250), bytes("{\"status\":\"ok\"}")))
                .contains("response time 250ms over limit 100ms");
        assertThat(conditions.failureOf(204, Duration.ofMillis(5), bytes("{\"status\":\"no\"}")))
                .contains("condition $.status == ok failed");
    }

    @Test
    void durationsReadNaturally() {
        assertThat(Durations.format(Duration.ofMillis(250))).isEqualTo("250ms");
        assertThat(Durations.format(Duration.ofSeconds(2))).isEqualTo("2s");
        assertThat(Durations.format(Duration.ofMillis(1500))).isEqualTo("1500ms");
        assertThat(Durations.format(Duration.ofSeconds(90))).isEqualTo("90s");
        assertThat(Durations.format(Duration.ofMinutes(5))).isEqualTo("5m");
        assertThat(Durations.format(Duration.ofHours(2))).isEqualTo("2h");
    }

    @Test
    void sinceMovesOnlyWhenHealthChanges() {
        java.time.Instant t0 = java.time.Instant.parse("2026-01-01T00:00:00Z");
        TargetState state = TargetState.unknown("api")
                .after(new CheckResult("api", t0, true, 5, 200, "ok"))
                .after(new CheckResult("api", t0.plusSeconds(10), true, 5, 200, "ok"));
        assertThat(state.health()).isEqualTo(TargetHealth.UP);
        assertThat(state.since()).isEqualTo(t0);
        TargetState down = state.after(new CheckResult("api", t0.plusSeconds(20), false, 5, 503, "status 503"));
        assertThat(down.since()).isEqualTo(t0.plusSeconds(20));
        assertThat(down.lastCheckedAt()).isEqualTo(t0.plusSeconds(20));
        assertThat(down.after(new CheckResult("api", t0.plusSeconds(30), false, 5, null, "connection refused"))
                .since()).isEqualTo(t0.plusSeconds(20));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
