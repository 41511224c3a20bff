package io.nexuszero.crypto.health;

import static org.assertj.core.api.Assertions.assertThat;

import io.nexuszero.crypto.core.keys.KeyDerivation;
import io.nexuszero.crypto.core.keys.MasterSecret;
import io.nexuszero.crypto.engine.params.Presets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class EngineSelfTestHealthCheckTest {

    @Test
    void realStepsPassOnceAndTheResultIsCached() {
        AtomicInteger runs = new AtomicInteger();
        List<EngineSelfTestHealthCheck.Step> steps = new java.util.ArrayList<>(EngineSelfTests.steps(Presets.NZ_128,
                new KeyDerivation(new MasterSecret(new byte[32], "test"))));
        steps.add(new EngineSelfTestHealthCheck.Step("counter", runs::incrementAndGet));
        EngineSelfTestHealthCheck check = new EngineSelfTestHealthCheck(steps);
        assertThat(check.execute().isHealthy()).isTrue();
        assertThat(check.execute().getMessage()).contains("ntt-256-268435313", "key-derivation", "prove-verify");
        assertThat(runs.get()).isEqualTo(1);
    }

    @Test
    void aFailingStepIsNamed() {
        EngineSelfTestHealthCheck check = new EngineSelfTestHealthCheck(List.of(
                EngineSelfTestHealthCheck.ring(256, 8380417),
                new EngineSelfTestHealthCheck.Step("broken", () -> {
                    throw new IllegalStateException("wrong answer");
                })));
        assertThat(check.passed()).isFalse();
        assertThat(check.execute().getMessage()).isEqualTo("self-test step 'broken' failed: wrong answer");
    }
}
