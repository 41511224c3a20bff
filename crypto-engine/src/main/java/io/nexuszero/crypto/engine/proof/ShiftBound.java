package io.nexuszero.crypto.engine.proof;

import io.nexuszero.crypto.engine.ring.Poly;
import io.nexuszero.crypto.engine.ring.PolyVec;

/**
 * A public bound T on the response shift ‖c·r‖₂ of a loop that masks {@code polys} polynomials of short randomness
 * r, valid for every challenge c (τ coefficients ±1), and the check that resamples the rare r it does not cover
 * (docs/CRYPTO.md, section 4, "Gaussian masks"). Gaussian rejection needs fewer attempts the smaller T is.
 * <p>
 * ‖c·r‖² = cᵀ·G·c where G, the Gram matrix of multiplication by r, is negacyclic: its entries are ±g_m with
 * g = Σ_i σ_{-1}(r_i)·r_i and g_0 = ‖r‖². So ‖c·r‖² ≤ τ·g_0 + τ(τ − 1)·max_{m≠0} |g_m| — the bound of BLISS's
 * N_κ(S) (Ducas–Durmus–Lepoint–Lyubashevsky, CRYPTO 2013) for a Gram matrix whose rows all hold the same entries.
 * The randomness is resampled unless
 * <ul>
 *   <li>g_0 ≤ β² = ⌈N·Var + η²·√(N·129·ln 2 / 2)⌉ (N = polys·n; Hoeffding: fails with probability below 2^-129),
 *       and</li>
 *   <li>every |g_m| ≤ Y (m = 1 … n − 1): g_m is a sum of N products ±r_a·r_b of distinct coefficients along cycles
 *       of even length (n is a power of two), so two sums of N/2 independent products, each with mean 0, variance
 *       Var² and |r_a·r_b| ≤ η²; Bernstein's inequality bounds each by x = ℓη²/3 + √((ℓη²/3)² + ℓ·N·Var²) with
 *       ℓ = ln(4(n − 1)) + 129·ln 2, so that all 2(n − 1) sums together exceed it with probability below 2^-129,
 *       and Y = ⌈2x⌉.</li>
 * </ul>
 * Then T = √(τ·β² + τ(τ − 1)·Y), or the plain ‖c‖₁·‖r‖₂ ≤ τ·β where that is smaller (few polynomials), in which
 * case only β² is checked. g is computed in R_q, exact while N·η² &lt; q/2; otherwise the plain bound is used.
 *
 * @param normSquared β²
 * @param lagBound    Y, or 0 when only β² is checked
 * @param shift       T
 */
record ShiftBound(long normSquared, long lagBound, double shift) {

    /** λ + 1 for each of the two resampling events, so that together they stay below 2^-λ (λ = 128). */
    private static final int EVENT_BITS = GaussianMasking.STATISTICAL_BITS + 1;
    private static final double LN2 = Math.log(2);

    static ShiftBound of(ProofParameters p, long polys) {
        int n = p.degree();
        double coefficients = (double) polys * n;
        double eta = p.eta();
        double variance = p.secretDistribution().variance(p.eta());
        long normSquared = (long) Math.ceil(coefficients * variance
                + eta * eta * Math.sqrt(coefficients * EVENT_BITS * LN2 / 2));
        double tau = p.challengeWeight();
        double plain = tau * Math.sqrt(normSquared);
        boolean exact = coefficients * eta * eta < p.modulus() / 2.0 && Integer.bitCount(n) == 1 && n > 1;
        if (!exact) {
            return new ShiftBound(normSquared, 0, plain);
        }
        double ell = Math.log(4.0 * (n - 1)) + EVENT_BITS * LN2;
        double linear = ell * eta * eta / 3;
        double x = linear + Math.sqrt(linear * linear + ell * coefficients * variance * variance);
        long lagBound = (long) Math.ceil(2 * x);
        double gram = Math.sqrt(tau * normSquared + tau * (tau - 1) * lagBound);
        return gram < plain ? new ShiftBound(normSquared, lagBound, gram) : new ShiftBound(normSquared, 0, plain);
    }

    /** True if the randomness is covered: ‖r‖² ≤ β² and, when T rests on it, every |g_m| ≤ Y (m ≠ 0). */
    boolean admits(PolyVec... randomness) {
        long normSquaredOfAll = 0;
        for (PolyVec r : randomness) {
            for (int j = 0; j < r.length(); j++) {
                int[] c = r.get(j).centered();
                for (int x : c) {
                    normSquaredOfAll += (long) x * x;
                }
                java.util.Arrays.fill(c, 0);
            }
        }
        if (normSquaredOfAll > normSquared) {
            return false;
        }
        return lagBound == 0 || largestOffDiagonal(randomness) <= lagBound;
    }

    /** max_{m≠0} |g_m| for g = Σ_i σ_{-1}(r_i)·r_i over every polynomial of the given vectors. */
    static long largestOffDiagonal(PolyVec... randomness) {
        Poly gram = null;
        for (PolyVec r : randomness) {
            Poly[] adjoint = new Poly[r.length()];
            for (int j = 0; j < adjoint.length; j++) {
                adjoint[j] = r.get(j).sigmaMinusOne();
            }
            PolyVec transposed = PolyVec.of(adjoint);
            Poly part = transposed.dot(r);
            gram = gram == null ? part : gram.add(part);
            transposed.zeroize();
        }
        int[] g = gram.centered();
        gram.zeroize();
        long largest = 0;
        for (int m = 1; m < g.length; m++) {
            largest = Math.max(largest, Math.abs((long) g[m]));
        }
        java.util.Arrays.fill(g, 0);
        return largest;
    }
}
