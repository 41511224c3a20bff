package io.nexuszero.optimizer.core.model;

import io.nexuszero.optimizer.api.LatticeParameters;
import io.nexuszero.optimizer.api.ProofType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The closed form against the expected repetitions docs/CRYPTO.md quotes for the presets. */
class ExpectedAttemptsTest {
    private static final LatticeParameters NZ_128 = new LatticeParameters(256, 8380417, 5, 5, "cbd", 2, 39, 262144);
    private static final LatticeParameters NZ_256 = new LatticeParameters(256, 8380417, 9, 8, "cbd", 2, 60, 524288);

    private static double attempts(LatticeParameters p, ProofType type, int length) {
        return Math.exp(ExpectedAttempts.ln(p, type, length));
    }

    @Test
    void matchesTheDocumentedRepetitionsOfEachProof() {
        assertThat(attempts(NZ_128, ProofType.LWE_SECRET, 1)).isCloseTo(2.14, within(0.01));
        assertThat(attempts(NZ_256, ProofType.LWE_SECRET, 1)).isCloseTo(2.71, within(0.01));
        assertThat(attempts(NZ_128, ProofType.COMMITMENT_OPENING, 256)).isCloseTo(2.31, within(0.01));
        assertThat(attempts(NZ_128, ProofType.COMMITMENT_OPENING, 4096)).isCloseTo(7.25, within(0.01));
        assertThat(attempts(NZ_128, ProofType.LINEAR_RELATION, 3)).isCloseTo(12.4, within(0.05));
        assertThat(attempts(NZ_256, ProofType.LINEAR_RELATION, 3)).isCloseTo(23.7, within(0.05));
    }

    @Test
    void commitmentOpeningCountsRingElementsNotValues() {
        assertThat(ExpectedAttempts.maskedPolynomials(NZ_128, ProofType.COMMITMENT_OPENING, 1)).isEqualTo(11);
        assertThat(ExpectedAttempts.maskedPolynomials(NZ_128, ProofType.COMMITMENT_OPENING, 256)).isEqualTo(11);
        assertThat(ExpectedAttempts.maskedPolynomials(NZ_128, ProofType.COMMITMENT_OPENING, 257)).isEqualTo(12);
    }

    @Test
    void noAcceptableResponseMeansInfiniteAttempts() {
        LatticeParameters hopeless = new LatticeParameters(256, 8380417, 5, 5, "cbd", 2, 39, 78);
        assertThat(ExpectedAttempts.ln(hopeless, ProofType.LWE_SECRET, 1)).isInfinite();
    }
}
