package io.nexuszero.monitor.status;

import static org.assertj.core.api.Assertions.assertThat;

import io.nexuszero.monitor.probe.TargetHealth;
import org.junit.jupiter.api.Test;

class StatusServiceTest {

    @Test
    void overallIsUpOnlyWhenEveryTargetIsUp() {
        assertThat(StatusService.overall(java.util.List.of(TargetHealth.UP, TargetHealth.UP))).isEqualTo("up");
        assertThat(StatusService.overall(java.util.List.of(TargetHealth.UP, TargetHealth.DOWN))).isEqualTo("degraded");
        assertThat(StatusService.overall(java.util.List.of(TargetHealth.UP, TargetHealth.UNKNOWN))).isEqualTo("degraded");
        assertThat(StatusService.overall(java.util.List.of(TargetHealth.DOWN, TargetHealth.UNKNOWN))).isEqualTo("down");
        assertThat(StatusService.overall(java.util.List.of(TargetHealth.UNKNOWN))).isEqualTo("unknown");
        assertThat(StatusService.overall(java.util.List.of())).isEqualTo("unknown");
    }
}
