package io.nexuszero.crypto.engine.proof;

import io.nexuszero.crypto.engine.params.Presets;
import io.nexuszero.crypto.engine.ring.Poly;
import io.nexuszero.crypto.engine.ring.PolyVec;
import io.nexuszero.crypto.engine.sampling.AesCtrStream;
import io.nexuszero.crypto.engine.sampling.DiscreteGaussian;
import io.nexuszero.crypto.engine.sampling.WordStream;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The zero-knowledge core of Gaussian masks: the kept responses z = y + v are distributed as the masks y themselves,
 * whatever the shift v (Lyubashevsky 2012, Lemma 4.5). Measured along v — where a leak would show, since without
 * rejection ⟨z, v⟩/‖v‖ is shifted by ‖v‖ — at a deliberately narrow σ = 4‖v‖ (M = e^3.37) so that a few thousand kept
 * samples have the power to see it: with M the kept projections pass a two-sample Kolmogorov–Smirnov test against
 * plain masks, while keeping every z, or rejecting with M = 1 (the cap of min(1, ·) then biases z towards v), fails
 * it. Also: the chosen masking at the presets, and the attempts a chunk's loop needs against its expectation.
 */
class GaussianMaskingTest {

    private static final ProofParameters P = ProofParameters.of(Presets.NZ_128);
    private static final int KEPT = 4000;
    /** c(α) for α = 0.001. */
    private static final double KS_COEFFICIENT = 1.949;

    @Test
    void keptResponsesAlongTheShiftLookLikeMasks() {
        PolyVec shift = shift();
        double norm = Math.sqrt(normSquared(shift));
        int k = (int) Math.ceil(4 * norm / DiscreteGaussian.SIGMA_2);
        ShiftBound unused = new ShiftBound(Long.MAX_VALUE, 0, norm);
        GaussianMasking correct = new GaussianMasking(k, GaussianMasking.offset(k, norm), unused, 0);
        GaussianMasking capped = new GaussianMasking(k, 0, unused, 0);

        double[] masks = projections(correct, shift, Mode.MASKS_ONLY);
        double critical = KS_COEFFICIENT * Math.sqrt(2.0 / KEPT);
        assertThat(distance(projections(correct, shift, Mode.REJECT), masks)).as("with M, critical %.3f", critical)
                .isLessThan(critical);
        assertThat(distance(projections(correct, shift, Mode.KEEP_ALL), masks)).as("no rejection")
                .isGreaterThan(critical);
        assertThat(distance(projections(capped, shift, Mode.REJECT), masks)).as("M = 1").isGreaterThan(critical);
    }

    @Test
    void everyPresetChunkMasksWithGaussiansAndTheSmallTestSetWithUniformMasks() {
        for (var set : Presets.all()) {
            ProofParameters p = ProofParameters.of(set);
            for (int values : new int[] {1, 16}) {
                long polys = RangeChunks.maskedPolynomials(p, RangeLayout.of(p, values));
                LoopMasking masking = LoopMasking.of(p, polys);
                assertThat(masking.isGaussian()).as("%s, %d values", set.id(), values).isTrue();
                assertThat(masking.expectedAttempts()).isLessThan(p.expectedAttempts(polys));
                // the largest mask plus the largest shift stays below q/2: no coefficient wraps
                assertThat((long) masking.maskBound(p) + p.challengeTimesSecretBound()).isLessThan(p.modulus() / 2);
            }
        }
        ProofParameters small = TestParameters.SMALL;
        long polys = RangeChunks.maskedPolynomials(small, RangeLayout.of(small, 1));
        assertThat(LoopMasking.of(small, polys).isGaussian()).isFalse();
        assertThat(LoopMasking.of(small, polys).expectedAttempts()).isEqualTo(small.expectedAttempts(polys));
    }

    @Test
    void aChunkLoopTakesTheAttemptsItExpects() {
        // 300 one-value proofs at nz-128: the mean of a geometric count has sd √(E(E − 1)/300)
        java.math.BigInteger[] value = {java.math.BigInteger.valueOf(77)};
        RangeBounds bounds = RangeBounds.shared(java.math.BigInteger.ZERO, java.math.BigInteger.ONE.shiftLeft(64)
                .subtract(java.math.BigInteger.ONE));
        io.nexuszero.crypto.engine.sampling.Randomness randomness =
                io.nexuszero.crypto.engine.sampling.Randomness.deterministic(new byte[] {31});
        int proofs = 300;
        long attempts = 0;
        for (int i = 0; i < proofs; i++) {
            attempts += RangeProof.commitAndProve(P, value, bounds, new byte[0], randomness).attempts();
        }
        double expected = RangeProof.expectedAttempts(P, 1);
        double sd = Math.sqrt(expected * (expected - 1) / proofs);
        assertThat((double) attempts / proofs).isCloseTo(expected, org.assertj.core.data.Offset.offset(5 * sd));
    }

    private enum Mode { MASKS_ONLY, REJECT, KEEP_ALL }

    /** ⟨z, v⟩/‖v‖ of KEPT responses (or of KEPT bare masks). */
    private static double[] projections(GaussianMasking masking, PolyVec shift, Mode mode) {
        double norm = Math.sqrt(normSquared(shift));
        int[] v = shift.get(0).centered();
        double[] out = new double[KEPT];
        byte[] seed = new byte[32];
        seed[0] = (byte) mode.ordinal();
        seed[1] = (byte) masking.offset();
        try (WordStream words = new WordStream(AesCtrStream.fromSeed(seed))) {
            int kept = 0;
            while (kept < KEPT) {
                PolyVec y = masking.masks(P, 1, words);
                PolyVec z = mode == Mode.MASKS_ONLY ? y : y.add(shift);
                if (mode == Mode.REJECT && !masking.keeps(new PolyVec[] {z}, new PolyVec[] {shift}, words)) {
                    continue;
                }
                int[] c = z.get(0).centered();
                double inner = 0;
                for (int i = 0; i < c.length; i++) {
                    inner += (double) c[i] * v[i];
                }
                out[kept++] = inner / norm;
            }
        }
        return out;
    }

    /** A fixed shift: one polynomial with coefficients ±τη/4 in a fixed pattern. */
    private static PolyVec shift() {
        int[] v = new int[P.degree()];
        for (int i = 0; i < v.length; i++) {
            v[i] = (i % 3 == 0 ? -1 : 1) * (1 + i % (P.challengeTimesSecretBound() / 4));
        }
        return PolyVec.of(new Poly[] {Poly.fromCentered(P.ring(), v)});
    }

    private static long normSquared(PolyVec v) {
        return Arrays.stream(v.get(0).centered()).mapToLong(x -> (long) x * x).sum();
    }

    private static double distance(double[] a, double[] b) {
        double[] x = a.clone();
        double[] y = b.clone();
        Arrays.sort(x);
        Arrays.sort(y);
        int i = 0;
        int j = 0;
        double best = 0;
        while (i < x.length && j < y.length) {
            if (x[i] <= y[j]) {
                i++;
            } else {
                j++;
            }
            best = Math.max(best, Math.abs((double) i / x.length - (double) j / y.length));
        }
        return best;
    }
}
