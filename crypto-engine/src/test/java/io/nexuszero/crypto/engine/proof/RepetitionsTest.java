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
        double expected = ProofAttempts.expected(p, ProofType.COMMITMENT_OPENING, values.length);
        assertThat(expected).isEqualTo(p.expectedAttempts(5));
        assertThat((double) attempts / proofs).isCloseTo(expected, within(0.15 * expected));
    }

    @Test
    void linearRelationAttemptsMatchTheExpectation() {
        ProofParameters p = TestParameters.SMALL;
        Randomness randomness = Randomness.deterministic(new byte[] {52});
        long[] values = new long[300]; // ℓ = 2
        long[] coefficients = new long[300];
        java.util.Arrays.fill(coefficients, 1);
        int proofs = 300;
        long attempts = 0;
        for (int i = 0; i < proofs; i++) {
            attempts += LinearRelationProof.commitAndProve(p, values, coefficients, 0, new byte[0], randomness)
                    .attempts();
        }
        // the values' randomness (κ + ℓ + λ = 4) and the garbage commitment's (κ + r + λ = 5), masked in one loop
        double expected = ProofAttempts.expected(p, ProofType.LINEAR_RELATION, values.length);
        assertThat(expected).isEqualTo(p.expectedAttempts(9));
        assertThat((double) attempts / proofs).isCloseTo(expected, within(0.2 * expected));
    }

    @Test
    void maskedPolynomialsPerProofType() {
        ProofParameters p = TestParameters.SMALL;
        int n = p.degree();
        assertThat(ProofAttempts.maskedPolynomials(p, ProofType.LWE_SECRET, 4096)).isEqualTo(p.rankK() + p.rankL());
        assertThat(ProofAttempts.maskedPolynomials(p, ProofType.COMMITMENT_OPENING, n))
                .isEqualTo(p.rankK() + 1 + p.rankL());
        assertThat(ProofAttempts.maskedPolynomials(p, ProofType.COMMITMENT_OPENING, n + 1))
                .isEqualTo(p.rankK() + 2 + p.rankL());
        int r = LinearRelationProof.garbagePolys(p);
        assertThat(ProofAttempts.maskedPolynomials(p, ProofType.LINEAR_RELATION, 3))
                .isEqualTo(p.rankK() + 1 + p.rankL() + p.rankK() + r + p.rankL());
        assertThat(ProofAttempts.maskedPolynomials(p, ProofType.LINEAR_RELATION, 4096))
                .isEqualTo(p.rankK() + 16 + p.rankL() + p.rankK() + r + p.rankL());
    }

    private static void assertMeanAttempts(ProofParameters p, int proofs, double relativeBand) {
        Randomness randomness = Randomness.deterministic(new byte[] {50});
        TestParameters.Key key = TestParameters.keyPair(p, randomness);
        long attempts = 0;
        for (int i = 0; i < proofs; i++) {
            attempts += LweSecretProof.prove(p, key.rho(), key.t(), key.s1(), key.s2(), new byte[0], randomness)
                    .attempts();
        }
        double expected = ProofAttempts.expected(p, ProofType.LWE_SECRET, 1);
        assertThat((double) attempts / proofs).as(p.id()).isCloseTo(expected, within(relativeBand * expected));
    }
}
