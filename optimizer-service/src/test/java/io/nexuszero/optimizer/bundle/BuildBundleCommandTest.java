package io.nexuszero.optimizer.bundle;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BuildBundleCommandTest {

    @Test
    void iterationsShrinkWithTheExpectedAttemptsButNeverBelowTheMinimum() {
        assertThat(BuildBundleCommand.iterations(40, 5, 1.5)).isEqualTo(40);
        assertThat(BuildBundleCommand.iterations(40, 5, 10)).isEqualTo(40);
        assertThat(BuildBundleCommand.iterations(40, 5, 20)).isEqualTo(20);
        assertThat(BuildBundleCommand.iterations(40, 5, 1000)).isEqualTo(5);
        assertThat(BuildBundleCommand.iterations(3, 5, 1000)).isEqualTo(3);   // never more than asked for
    }
}
