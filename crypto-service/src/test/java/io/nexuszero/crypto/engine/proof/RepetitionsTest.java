package io.nexuszero.crypto.engine.proof;

import io.nexuszero.crypto.engine.sampling.Randomness;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Measured rejection-sampling repetitions against the theory: each coefficient is accepted with probability
 * (2(γ − τη) + 1)/(2γ + 1) whatever c·s is, so the attempts are geometric with mean
 * ((2γ + 1)/(2(γ − τη) + 1))^(n·d) ≈ exp(n·d·τη/γ) for d masked polynomials.
 */
class RepetitionsTest {

    @Test
    void exactFormulaMatchesTheLiteratureApproximation() {
        for (ProofParameters p : TestParameters.all()) {
            int d = p.rankK() + p.rankL();
            assertThat(p.expectedAttempts(d) / p.expectedAttemptsApproximation(d)).isCloseTo(1.0, within(0.02));
        }
        // ML-DSA-44-like numbers with both y1 and y2 masked: exp(256·8·78/2^17) ≈ 3.38
        assertThat(TestParameters.DILITHIUM_LIKE.expectedAttempts(8)).isCloseTo(3.38, within(0.01));
    }

    @Test
    void lweSecretAttemptsMatchTheExpectationWithinALooseBand() {
        assertMeanAttempts(TestParameters.SMALL, 3000, 0.10);
        assertMeanAttempts(TestParameters.DILITHIUM_LIKE, 300, 0.25);
    }

    @Test
    void commitmentOpeningAttemptsMatchTheExpectation() {
        ProofParameters p = TestParameters.SMALL;
        Randomness randomness = Randomness.deterministic(new byte[] {51});
        long[] values = new long[3 * p.degree()]; // ℓ = 3: κ + ℓ + λ = 5 masked polynomials
        int proofs = 800;
        long attempts = 0;
        for (int i = 0; i < proofs; i++) {
            attempts += CommitmentOpeningProof.commitAndProve(p, values, new byte[0], randomness).attempts();
        }
        assertThat((double) attempts / proofs).isCloseTo(p.expectedAttempts(5), within(0.15 * p.expectedAttempts(5)));
    }

    private static void assertMeanAttempts(ProofParameters p, int proofs, double relativeBand) {
        Randomness randomness = Randomness.deterministic(new byte[] {50});
        TestParameters.Key key = TestParameters.keyPair(p, randomness);
        long attempts = 0;
        for (int i = 0; i < proofs; i++) {
            attempts += LweSecretProof.prove(p, key.rho(), key.t(), key.s1(), key.s2(), new byte[0], randomness)
                    .attempts();
        }
        double expected = p.expectedAttempts(p.rankK() + p.rankL());
        assertThat((double) attempts / proofs).as(p.id()).isCloseTo(expected, within(relativeBand * expected));
    }
}
