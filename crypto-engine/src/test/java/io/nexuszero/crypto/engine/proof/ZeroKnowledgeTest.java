package io.nexuszero.crypto.engine.proof;

import io.nexuszero.crypto.engine.ring.Poly;
import io.nexuszero.crypto.engine.ring.PolyMatrix;
import io.nexuszero.crypto.engine.ring.PolyVec;
import io.nexuszero.crypto.engine.sampling.Randomness;
import io.nexuszero.crypto.engine.sampling.UniformSampler;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Zero-knowledge smoke test: the pooled response coefficients of lwe-secret proofs for two very different secrets
 * (all zeros, and all +η) must be indistinguishable by a two-sample Kolmogorov–Smirnov test — and the same test, run
 * on the same number of responses produced with rejection sampling switched off, must tell them apart, so the test
 * can fail. The test runs on the magnitudes |z| of the pooled coefficients: z is symmetric for every secret, and
 * folding doubles the tail mass in which a leak shows.
 *
 * <p>Parameters chosen to make the leak as visible as possible per unit of work: τ = 1, so c·s = ±η·X^j·s and for
 * the all-η secret every coefficient of c·s is ±η; then without rejection P(|z| > γ) = η/(2γ + 1) ≈ 2e-3 (the KS
 * distance of |z|) at γ = 512, η = 2, while with rejection the expected repetitions stay
 * ((2γ + 1)/(2(γ − η) + 1))^512 ≈ 7.4. With 7000 proofs (3.6M coefficients) per secret the 1% critical value is
 * ≈ 1.2e-3.
 */
class ZeroKnowledgeTest {

    private static final ProofParameters P = ProofParameters.of("zk-test", 256, 7681, 1, 1, "uniform", 2, 1, 512);
    private static final int PROOFS_PER_SECRET = 7_000;
    /** c(α) for α = 0.01: reject equality when D > 1.628·√((m + n)/(m·n)). */
    private static final double KS_COEFFICIENT = 1.628;

    @Test
    void responsesAreIndistinguishableWithRejectionAndDistinguishableWithout() {
        byte[] rho = new byte[32];
        Arrays.fill(rho, (byte) 5);
        PolyVec zero = PolyVec.zero(P.ring(), 1);
        int[] eta = new int[P.degree()];
        Arrays.fill(eta, P.eta());
        PolyVec allEta = PolyVec.of(Poly.fromCentered(P.ring(), eta));

        double withRejection = ksDistance(rho, zero, allEta, true);
        double withoutRejection = ksDistance(rho, zero, allEta, false);
        double critical = KS_COEFFICIENT * Math.sqrt(2.0 / (PROOFS_PER_SECRET * 2L * P.degree()));

        assertThat(withRejection).as("KS distance with rejection sampling (critical %.3g)", critical)
                .isLessThan(critical);
        assertThat(withoutRejection).as("KS distance without rejection sampling (critical %.3g)", critical)
                .isGreaterThan(1.3 * critical);
    }

    private static double ksDistance(byte[] rho, PolyVec secretA, PolyVec secretB, boolean rejection) {
        long[] a = histogram(rho, secretA, rejection, new byte[] {1});
        long[] b = histogram(rho, secretB, rejection, new byte[] {2});
        return KolmogorovSmirnov.distance(a, b);
    }

    /** Histogram of |z| over all z coefficients of PROOFS_PER_SECRET proofs for the key (s, s). */
    private static long[] histogram(byte[] rho, PolyVec s, boolean rejection, byte[] seed) {
        PolyMatrix a = UniformSampler.expandMatrix(P.ring(), rho, 1, 1);
        PolyVec t = a.multiply(s).add(s);
        long[] counts = new long[P.gamma() + P.challengeTimesSecretBound() + 1];
        Randomness randomness = Randomness.deterministic(seed);
        for (int i = 0; i < PROOFS_PER_SECRET; i++) {
            LweSecretProof.Response r = LweSecretProof.respond(P, rho, t, s, s, new byte[0], randomness, rejection);
            for (PolyVec z : new PolyVec[] {r.z1(), r.z2()}) {
                for (Poly poly : z.entries()) {
                    for (int v : poly.centered()) {
                        counts[Math.abs(v)]++;
                    }
                }
            }
        }
        return counts;
    }
}
