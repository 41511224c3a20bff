package io.nexuszero.crypto.engine.proof;

import io.nexuszero.crypto.engine.ring.Poly;
import io.nexuszero.crypto.engine.ring.PolyVec;
import io.nexuszero.crypto.engine.sampling.Randomness;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Zero-knowledge smoke test for linear-relation: the pooled non-constant coefficients of h and the pooled |z|, |z'|
 * of proofs for two very different witnesses (L = 256 values all 0 under Σ v_i = 0, all 1 under Σ v_i = 256) are
 * indistinguishable by a two-sample Kolmogorov–Smirnov test; with the garbage switched off (g = 0, so
 * h_k = μ_k·(f(m) − b)) the same test tells the h's apart — so the test can fail. Run with uniform masks (the small
 * set) and with discrete Gaussian ones (nz-128, {@link LoopMasking}; the rejection step's own test is
 * GaussianMaskingTest).
 */
class LinearRelationZeroKnowledgeTest {

    private static final int PROOFS = 150;
    private static final int VALUES = 256;
    private static final int H_BUCKETS = 64;
    /** c(α) for α = 0.01. */
    private static final double KS_COEFFICIENT = 1.628;

    static java.util.stream.Stream<ProofParameters> sets() {
        return java.util.stream.Stream.of(TestParameters.SMALL,
                ProofParameters.of(io.nexuszero.crypto.engine.params.Presets.NZ_128));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("sets")
    void hAndResponsesDoNotDependOnTheWitness(ProofParameters p) throws Exception {
        assertThat(LinearRelationProof.masking(p, VALUES).isGaussian()).isEqualTo(p != TestParameters.SMALL);
        Samples zeros = samples(p, 0, true, new byte[] {1});
        Samples ones = samples(p, 1, true, new byte[] {2});
        double hDistance = KolmogorovSmirnov.distance(zeros.h(), ones.h());
        double zDistance = KolmogorovSmirnov.distance(zeros.z(), ones.z());
        assertThat(hDistance).as("h, critical %.3g", critical(zeros.h())).isLessThan(critical(zeros.h()));
        assertThat(zDistance).as("z, critical %.3g", critical(zeros.z())).isLessThan(critical(zeros.z()));

        Samples zerosBare = samples(p, 0, false, new byte[] {3});
        Samples onesBare = samples(p, 1, false, new byte[] {4});
        assertThat(KolmogorovSmirnov.distance(zerosBare.h(), onesBare.h()))
                .as("h without garbage").isGreaterThan(3 * critical(zerosBare.h()));
    }

    private static double critical(long[] histogram) {
        long m = Arrays.stream(histogram).sum();
        return KS_COEFFICIENT * Math.sqrt(2.0 / m);
    }

    /** Histograms: h's non-constant coefficients in 64 buckets of Z_q, and |z| over z and z'. */
    record Samples(long[] h, long[] z) {
    }

    private static Samples samples(ProofParameters p, int value, boolean garbage, byte[] seed) throws Exception {
        long[] h = new long[H_BUCKETS];
        long[] z = new long[p.responseBound() + 1];
        long[] values = new long[VALUES];
        Arrays.fill(values, value);
        long[] coefficients = new long[VALUES];
        Arrays.fill(coefficients, 1);
        LinearRelationProof.Relation relation = LinearRelationProof.Relation.of(p, coefficients, (long) value * VALUES);
        Randomness randomness = Randomness.deterministic(seed);
        for (int i = 0; i < PROOFS; i++) {
            try (LinearRelationProver prover = LinearRelationProver.commit(p, relation,
                    CommittedValues.reduce(p, values), randomness)) {
                if (garbage) {
                    prover.commitGarbage(randomness);
                } else {
                    prover.commitGarbage(PolyVec.zero(p.ring(), LinearRelationProof.garbagePolys(p)));
                }
                ProofResult result = prover.open(prover.scalars(new byte[0]), randomness);
                LinearRelationEncoding.Proof proof = LinearRelationEncoding.decode(p, VALUES, result.proof());
                for (Poly poly : proof.h().entries()) {
                    for (int j = 1; j < p.degree(); j++) {
                        h[(int) ((long) poly.get(j) * H_BUCKETS / p.modulus())]++;
                    }
                }
                for (PolyVec response : new PolyVec[] {proof.z(), proof.garbageZ()}) {
                    for (Poly poly : response.entries()) {
                        for (int v : poly.centered()) {
                            z[Math.abs(v)]++;
                        }
                    }
                }
            }
        }
        return new Samples(h, z);
    }
}
