package io.nexuszero.crypto.engine.proof;

import io.nexuszero.crypto.engine.params.Presets;
import io.nexuszero.crypto.engine.ring.Poly;
import io.nexuszero.crypto.engine.ring.PolyVec;
import io.nexuszero.crypto.engine.ring.SparseTernary;
import io.nexuszero.crypto.engine.sampling.ChallengeSampler;
import io.nexuszero.crypto.engine.sampling.Randomness;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public shift bound of Gaussian masks ({@link ShiftBound}): ‖c·r‖² ≤ τ·g_0 + τ(τ − 1)·max_{m≠0}|g_m| for every
 * challenge (exhaustively on a small ring, by search at nz-128, where the cross terms it accounts for are real: a
 * bound of τ·‖r‖² alone is exceeded), g computed in R_q equals the integer one, and the resampling that makes T
 * public is rare for honest randomness yet refuses randomness with a large off-diagonal Gram entry.
 */
class ShiftBoundTest {

    private static final ProofParameters P = ProofParameters.of(Presets.NZ_128);
    /** A 16-value chunk's masked polynomials at nz-128. */
    private static final int CHUNK_POLYS = 58;

    @Test
    void theGramBoundHoldsForEveryChallengeOfASmallRing() {
        Random random = new Random(5);
        int n = 8;
        for (int trial = 0; trial < 300; trial++) {
            int[][] r = new int[1 + random.nextInt(3)][n];
            for (int[] poly : r) {
                for (int i = 0; i < n; i++) {
                    poly[i] = random.nextInt(5) - 2;
                }
            }
            long[] g = gram(r, n);
            assertThat(g[0]).isEqualTo(normSquared(r));
            long offDiagonal = 0;
            for (int m = 1; m < n; m++) {
                offDiagonal = Math.max(offDiagonal, Math.abs(g[m]));
            }
            for (int tau = 1; tau <= 4; tau++) {
                long bound = tau * g[0] + (long) tau * (tau - 1) * offDiagonal;
                assertThat(largestShift(r, n, tau)).as("trial %d, τ = %d", trial, tau).isLessThanOrEqualTo(bound);
            }
        }
    }

    @Test
    void atNz128SearchedChallengesStayWithinTButExceedTheBoundWithoutCrossTerms() {
        ShiftBound bound = ShiftBound.of(P, CHUNK_POLYS);
        PolyVec r = admitted(bound, Randomness.deterministic(new byte[] {61}));
        long gramBound = (long) P.challengeWeight() * normSquared(r)
                + (long) P.challengeWeight() * (P.challengeWeight() - 1) * ShiftBound.largestOffDiagonal(r);
        assertThat((double) gramBound).isLessThanOrEqualTo(bound.shift() * bound.shift());
        long largest = 0;
        for (int i = 0; i < 300; i++) {
            SparseTernary c = ChallengeSampler.sampleSparse(P.ring(), P.challengeWeight(), new byte[] {(byte) i, 9});
            largest = Math.max(largest, normSquared(c.multiplyShort(r, P.eta())));
        }
        long climbed = climb(r, new Random(7));
        assertThat(Math.max(largest, climbed)).isLessThanOrEqualTo(gramBound);
        // the cross terms matter: a chosen challenge pushes ‖c·r‖² above τ·‖r‖², which a bound without them allowed
        assertThat(climbed).isGreaterThan((long) P.challengeWeight() * normSquared(r));
    }

    @Test
    void theGramVectorComputedInTheRingIsTheIntegerOne() {
        PolyVec r = Masking.shortVector(P, CHUNK_POLYS, Randomness.deterministic(new byte[] {62}));
        int[][] coefficients = new int[r.length()][];
        for (int i = 0; i < r.length(); i++) {
            coefficients[i] = r.get(i).centered();
        }
        long[] g = gram(coefficients, P.degree());
        long offDiagonal = 0;
        for (int m = 1; m < g.length; m++) {
            offDiagonal = Math.max(offDiagonal, Math.abs(g[m]));
        }
        assertThat(ShiftBound.largestOffDiagonal(r)).isEqualTo(offDiagonal);
    }

    @Test
    void honestRandomnessIsAdmittedAndAConcentratedOneIsNot() {
        ShiftBound bound = ShiftBound.of(P, CHUNK_POLYS);
        assertThat(bound.lagBound()).isPositive();
        // T with the Gram bound is well below the plain τ·β it replaces
        assertThat(bound.shift()).isLessThan(0.5 * P.challengeWeight() * Math.sqrt(bound.normSquared()));
        Randomness randomness = Randomness.deterministic(new byte[] {63});
        long largestSeen = 0;
        for (int i = 0; i < 400; i++) {
            PolyVec r = Masking.shortVector(P, CHUNK_POLYS, randomness);
            assertThat(bound.admits(r)).isTrue();
            largestSeen = Math.max(largestSeen, ShiftBound.largestOffDiagonal(r));
        }
        assertThat(largestSeen).isLessThan(bound.lagBound());
        // coefficients all 1: ‖r‖² = N is within β², but g_1 ≈ N is far above Y — such r would break T, so it is refused
        int[] ones = new int[P.degree()];
        java.util.Arrays.fill(ones, 1);
        Poly[] polys = new Poly[CHUNK_POLYS];
        java.util.Arrays.fill(polys, Poly.fromCentered(P.ring(), ones));
        PolyVec concentrated = PolyVec.of(polys);
        assertThat(normSquared(concentrated)).isLessThanOrEqualTo(bound.normSquared());
        assertThat(bound.admits(concentrated)).isFalse();
    }

    @Test
    void whereTheGramVectorCannotBeComputedExactlyThePlainBoundStays() {
        ProofParameters small = TestParameters.SMALL;
        long polys = 2L * small.modulus() / (small.degree() * small.eta() * small.eta());
        ShiftBound bound = ShiftBound.of(small, polys);
        assertThat(bound.lagBound()).isZero();
        assertThat(bound.shift()).isEqualTo(small.challengeWeight() * Math.sqrt(bound.normSquared()));
    }

    private static PolyVec admitted(ShiftBound bound, Randomness randomness) {
        while (true) {
            PolyVec r = Masking.shortVector(P, CHUNK_POLYS, randomness);
            if (bound.admits(r)) {
                return r;
            }
        }
    }

    /** Hill-climbs a challenge of weight τ (moving one ±1 at a time) towards a larger ‖c·r‖². */
    private static long climb(PolyVec r, Random random) {
        int n = P.degree();
        int tau = P.challengeWeight();
        int[] c = new int[n];
        for (int placed = 0; placed < tau; ) {
            int i = random.nextInt(n);
            if (c[i] == 0) {
                c[i] = random.nextBoolean() ? 1 : -1;
                placed++;
            }
        }
        long best = shift(r, c);
        for (int step = 0; step < 1500; step++) {
            int[] next = c.clone();
            int from;
            do {
                from = random.nextInt(n);
            } while (next[from] == 0);
            int to;
            do {
                to = random.nextInt(n);
            } while (next[to] != 0 && to != from);
            int sign = random.nextBoolean() ? 1 : -1;
            next[from] = 0;
            next[to] = sign;
            long value = shift(r, next);
            if (value > best) {
                best = value;
                c = next;
            }
        }
        return best;
    }

    private static long shift(PolyVec r, int[] c) {
        return normSquared(r.multiplyPoly(Poly.fromCentered(P.ring(), c)));
    }

    /** g = Σ_i σ_{-1}(r_i)·r_i over the integers: g_m = Σ_j r_j·r_{j+m}, negated where j + m wraps past n. */
    private static long[] gram(int[][] r, int n) {
        long[] g = new long[n];
        for (int[] poly : r) {
            for (int m = 0; m < n; m++) {
                for (int j = 0; j < n; j++) {
                    int k = j + m;
                    g[m] += k < n ? (long) poly[j] * poly[k] : -(long) poly[j] * poly[k - n];
                }
            }
        }
        return g;
    }

    /** max over every c with τ entries ±1 of ‖c·r‖² (negacyclic products over the integers). */
    private static long largestShift(int[][] r, int n, int tau) {
        long best = 0;
        for (int support = 0; support < 1 << n; support++) {
            if (Integer.bitCount(support) != tau) {
                continue;
            }
            for (int signs = 0; signs < 1 << tau; signs++) {
                int[] c = new int[n];
                int bit = 0;
                for (int i = 0; i < n; i++) {
                    if ((support >> i & 1) == 1) {
                        c[i] = (signs >> bit++ & 1) == 1 ? -1 : 1;
                    }
                }
                long norm = 0;
                for (int[] poly : r) {
                    for (int i = 0; i < n; i++) {
                        long sum = 0;
                        for (int j = 0; j < n; j++) {
                            int k = i - j;
                            sum += k >= 0 ? (long) c[j] * poly[k] : -(long) c[j] * poly[k + n];
                        }
                        norm += sum * sum;
                    }
                }
                best = Math.max(best, norm);
            }
        }
        return best;
    }

    private static long normSquared(int[][] r) {
        long sum = 0;
        for (int[] poly : r) {
            for (int x : poly) {
                sum += (long) x * x;
            }
        }
        return sum;
    }

    private static long normSquared(PolyVec v) {
        long sum = 0;
        for (int i = 0; i < v.length(); i++) {
            for (int x : v.get(i).centered()) {
                sum += (long) x * x;
            }
        }
        return sum;
    }
}
