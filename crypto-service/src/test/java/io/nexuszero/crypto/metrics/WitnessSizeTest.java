package io.nexuszero.crypto.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nexuszero.crypto.engine.params.Presets;
import io.nexuszero.crypto.engine.proof.ProofParameters;
import io.nexuszero.crypto.engine.proof.ProofSystems;
import io.nexuszero.crypto.engine.proof.ProofType;
import io.nexuszero.crypto.engine.proof.RangeProof;
import org.junit.jupiter.api.Test;

class WitnessSizeTest {

    @Test
    void classBoundsAreTheDocumentedOnes() {
        assertThat(WitnessSize.ofValues(1).label()).isEqualTo("1-16");
        assertThat(WitnessSize.ofValues(16).label()).isEqualTo("1-16");
        assertThat(WitnessSize.ofValues(17).label()).isEqualTo("17-256");
        assertThat(WitnessSize.ofValues(256).label()).isEqualTo("17-256");
        assertThat(WitnessSize.ofValues(257).label()).isEqualTo("257-4096");
        assertThat(WitnessSize.ofValues(RangeProof.MAX_VALUES).label()).isEqualTo("257-4096");
        assertThatThrownBy(() -> WitnessSize.ofValues(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WitnessSize.ofValues(RangeProof.MAX_VALUES + 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** lwe-secret has one class, key; the value types reach every class at the presets (4096 values at most). */
    @Test
    void onlyTheClassesAProofSystemCanReachAreRegistered() {
        ProofParameters nz128 = ProofParameters.of(Presets.NZ_128);
        assertThat(WitnessSize.possible(ProofSystems.of(ProofType.LWE_SECRET), nz128))
                .containsExactly(WitnessSize.KEY);
        assertThat(WitnessSize.possible(ProofSystems.of(ProofType.RANGE), nz128))
                .containsExactly(WitnessSize.UP_TO_16, WitnessSize.UP_TO_256, WitnessSize.UP_TO_4096);
    }
}
