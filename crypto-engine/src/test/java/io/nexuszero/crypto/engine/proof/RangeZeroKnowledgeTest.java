package io.nexuszero.crypto.engine.proof;

import io.nexuszero.crypto.engine.ring.Poly;
import io.nexuszero.crypto.engine.ring.PolyVec;
import io.nexuszero.crypto.engine.sampling.Randomness;

import java.math.BigInteger;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Zero-knowledge smoke test for range proofs, with uniform masks (the small set) and Gaussian ones (nz-128): the pooled
 * non-constant coefficients of h and the pooled |z_s|, |z_a| of proofs for 16 values all at the minimum and all at the
 * maximum of a 64-bit range (bits all 0 and all 1) are indistinguishable by a two-sample Kolmogorov–Smirnov test. The
 * garbage is what makes this so: h_k without it is P_k, a function of the bits and public weights only (16 values fill
 * 4 polynomials, so no unpublished noise enters), and a verifier who guesses the witness recomputes it exactly — the
 * control below does, and tells the witnesses apart every time, while with the garbage the recomputation never matches.
 */
class RangeZeroKnowledgeTest {

    private static final int PROOFS = 120;
    private static final int VALUES = 16;
    private static final int H_BUCKETS = 64;
    /** c(α) for α = 0.01. */
    private static final double KS_COEFFICIENT = 1.628;
    private static final BigInteger MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
    private static final RangeBounds BOUNDS = RangeBounds.shared(BigInteger.ZERO, MAX);

    /** The small test set masks uniformly, nz-128 with discrete Gaussians ({@link LoopMasking}): both must hide. */
    static java.util.stream.Stream<ProofParameters> sets() {
        return java.util.stream.Stream.of(TestParameters.SMALL,
                ProofParameters.of(io.nexuszero.crypto.engine.params.Presets.NZ_128));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("sets")
    void hAndResponsesDoNotDependOnTheValues(ProofParameters p) {
        Samples low = samples(p, BigInteger.ZERO, true, new byte[] {1});
        Samples high = samples(p, MAX, true, new byte[] {2});
        double hDistance = KolmogorovSmirnov.distance(low.h(), high.h());
        double zDistance = KolmogorovSmirnov.distance(low.z(), high.z());
        assertThat(hDistance).as("h, critical %.3g", critical(low.h())).isLessThan(critical(low.h()));
        assertThat(zDistance).as("z, critical %.3g", critical(low.z())).isLessThan(critical(low.z()));

        assertThat(low.guessed()).as("with garbage, h never equals the recomputed P").isZero();
        Samples lowBare = samples(p, BigInteger.ZERO, false, new byte[] {3});
        assertThat(lowBare.guessed()).as("without garbage, h = P(guessed witness)").isEqualTo(PROOFS);
        assertThat(lowBare.other()).as("and ≠ P(the other witness)").isZero();
    }

    private static double critical(long[] histogram) {
        long m = Arrays.stream(histogram).sum();
        return KS_COEFFICIENT * Math.sqrt(2.0 / m);
    }

    /**
     * Histograms: h's non-constant coefficients in 64 buckets of Z_q, and |z| over z_s and z_a; how many proofs' h
     * equal P recomputed from the public weights for the true witness ({@code guessed}) and for the other one.
     */
    record Samples(long[] h, long[] z, int guessed, int other) {
    }

    private static Samples samples(ProofParameters p, BigInteger value, boolean garbage, byte[] seed) {
        long[] h = new long[H_BUCKETS];
        long[] z = new long[p.responseBound() + 1];
        RangeLayout layout = RangeLayout.of(p, VALUES);
        int[] positions = positions(p, value);
        BigInteger otherValue = value.signum() == 0 ? MAX : BigInteger.ZERO;
        int guessed = 0;
        int other = 0;
        Randomness randomness = Randomness.deterministic(seed);
        for (int i = 0; i < PROOFS; i++) {
            try (RangeProver prover = RangeProver.commit(p, BOUNDS, VALUES, positions, new byte[0], randomness)) {
                if (garbage) {
                    prover.commitGarbage(randomness);
                } else {
                    prover.commitGarbage(PolyVec.zero(p.ring(), layout.rows()));
                }
                RangeProver.Rows rows = prover.commitProducts(prover.honestProducts());
                guessed += recomputes(p, rows, prover.alpha(), positions) ? 1 : 0;
                other += recomputes(p, rows, prover.alpha(), positions(p, otherValue)) ? 1 : 0;
                ProofResult result = prover.open(rows, randomness);
                RangeEncoding.Proof proof = decode(p, layout, result.proof());
                for (Poly poly : proof.h().entries()) {
                    for (int j = 1; j < p.degree(); j++) {
                        h[(int) ((long) poly.get(j) * H_BUCKETS / p.modulus())]++;
                    }
                }
                for (PolyVec response : new PolyVec[] {proof.z(), proof.auxiliaryZ()}) {
                    for (Poly poly : response.entries()) {
                        for (int v : poly.centered()) {
                            z[Math.abs(v)]++;
                        }
                    }
                }
            }
        }
        return new Samples(h, z, guessed, other);
    }

    private static int[] positions(ProofParameters p, BigInteger value) {
        int[] positions = new int[RangeLayout.of(p, VALUES).publishedPositions()];
        for (int i = 0; i < VALUES; i++) {
            int[] bits = BOUNDS.decompose(i, value);
            System.arraycopy(bits, 0, positions, RangeLayout.SLOTS_PER_VALUE * i, bits.length);
        }
        return positions;
    }

    /** Whether h = p(s) for the guessed bits s, with α and the row weights recomputed from public transcript data. */
    private static boolean recomputes(ProofParameters p, RangeProver.Rows rows, int[][] alpha, int[] positions) {
        RangeLayout layout = RangeLayout.of(p, VALUES);
        PolyVec s = CommitmentKey.messagePolynomials(p, positions);
        PolyVec u = RangeEquations.products(p, layout, alpha, layout.targets(BOUNDS), s);
        for (int k = 0; k < layout.rows(); k++) {
            if (!rows.equations().constraint(k, s.toNtt(), u.toNtt()).fromNtt().equals(rows.h().get(k))) {
                return false;
            }
        }
        return true;
    }

    private static RangeEncoding.Proof decode(ProofParameters p, RangeLayout layout, byte[] proof) {
        try {
            return RangeEncoding.decode(p, layout, proof);
        } catch (io.nexuszero.crypto.engine.packing.DecodingException e) {
            throw new AssertionError(e);
        }
    }
}
