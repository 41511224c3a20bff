package io.nexuszero.optimizer.core.model;

import io.nexuszero.optimizer.api.LatticeParameters;
import io.nexuszero.optimizer.api.ProofType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class FeaturesTest {
    private static final LatticeParameters NZ_128 = new LatticeParameters(256, 8380417, 5, 5, "cbd", 2, 39, 262144);

    private static double feature(double[] values, String name) {
        return values[Features.NAMES.indexOf(name)];
    }

    @Test
    void oneValuePerNameAndWorkOnlyInTheProofTypesOwnColumns() {
        double[] opening = Features.of(NZ_128, ProofType.COMMITMENT_OPENING, 300, 0.8);
        assertThat(opening).hasSize(Features.NAMES.size());
        // κ + ⌈300/256⌉ + λ = 12 ring elements of 256 coefficients: NTT work 256 · 8 · 12
        assertThat(feature(opening, "log2_ntt_work_commitment_opening"))
                .isCloseTo(Math.log(256 * 8 * 12) / Math.log(2), within(1e-12));
        assertThat(feature(opening, "log2_data_commitment_opening"))
                .isCloseTo(Math.log(256 * 12 * 23) / Math.log(2), within(1e-12));
        assertThat(feature(opening, "log2_ntt_work_lwe_secret")).isZero();
        assertThat(feature(opening, "log2_matrix_work_linear_relation")).isZero();
        assertThat(feature(opening, "ln_expected_attempts_commitment_opening")).isEqualTo(0.8);
        assertThat(feature(opening, "ln_expected_attempts_lwe_secret")).isZero();
    }

    @Test
    void lweSecretIgnoresTheWitnessLength() {
        assertThat(Features.of(NZ_128, ProofType.LWE_SECRET, 4096, 0.7))
                .containsExactly(Features.of(NZ_128, ProofType.LWE_SECRET, 1, 0.7));
        double[] relation = Features.of(NZ_128, ProofType.LINEAR_RELATION, 4, 2.0);
        // four commitments, each with κ + 1 + λ = 11 ring elements, times the k = 5 matrix rows
        assertThat(feature(relation, "log2_matrix_work_linear_relation"))
                .isCloseTo(Math.log(256.0 * 5 * 44) / Math.log(2), within(1e-12));
    }
}
