package io.nexuszero.crypto.engine.encryption;

import io.nexuszero.crypto.engine.params.LatticeParameters;

/**
 * Decryption failure probability of {@link PublicKeyEncryption} for a parameter set.
 *
 * <p>Noise model (exact, not a heuristic): coefficient j of d = s2ᵀr + e2 − s1ᵀe1 is Σ ±x_i·y_i + e over
 * N = (k + l)·n products in which every secret/noise coefficient occurs once (each negacyclic product uses each
 * coefficient of each factor once per output coefficient), so it is a sum of N independent copies of Z = X·Y plus an
 * independent E, with X, Y, E from D_η (symmetric, so the signs do not matter). Decryption of all n coefficients is
 * correct when every |d_j| ≤ T = {@link MessageEncoding#noiseTolerance}(q). Two rigorous bounds:
 * <ol>
 *   <li><b>worst case</b>: |d_j| ≤ N·η² + η. If that is ≤ T, decryption never fails: probability exactly 0.</li>
 *   <li><b>Chernoff</b> otherwise: Pr[|d_j| &gt; T] ≤ 2·min_{t&gt;0} e^{−t(T+1)}·M_Z(t)^N·M_E(t) with the exact
 *   moment generating functions of the discrete distributions, and a union bound over the n coefficients.</li>
 * </ol>
 *
 * @param worstCaseNoise          N·η² + η, the largest possible |d_j|
 * @param noiseTolerance          T, the largest |d_j| that always decodes correctly
 * @param noiseStandardDeviation  standard deviation of d_j: sqrt(N·σ⁴ + σ²)
 * @param log2FailureProbability  log2 of the bound on Pr[decryption fails] (−∞ when failure is impossible)
 * @param method                  which bound produced it
 */
public record DecryptionFailureAnalysis(long worstCaseNoise, long noiseTolerance, double noiseStandardDeviation,
                                        double log2FailureProbability, Method method) {

    /** The engine's requirement: failure probability at most 2^−100. */
    public static final double REQUIRED_LOG2 = -100.0;

    /** How the failure probability was bounded. */
    public enum Method {
        /** The worst-case noise is below the tolerance: failure is impossible. */
        WORST_CASE_BOUND,
        /** Chernoff bound with exact moment generating functions, union bound over coefficients. */
        CHERNOFF_BOUND
    }

    /** Analyses valid parameters. */
    public static DecryptionFailureAnalysis of(LatticeParameters p) {
        int eta = p.eta();
        long products = (long) (p.rankK() + p.rankL()) * p.ringDegree();
        long worst = products * eta * eta + eta;
        long tolerance = MessageEncoding.noiseTolerance(p.modulus());
        double variance = p.distribution().variance(eta);
        double sd = Math.sqrt(products * variance * variance + variance);
        if (worst <= tolerance) {
            return new DecryptionFailureAnalysis(worst, tolerance, sd, Double.NEGATIVE_INFINITY,
                Method.WORST_CASE_BOUND);
        }
        double[] pmf = p.distribution().probabilities(eta);
        double log2PerCoefficient = log2ChernoffTail(pmf, products, tolerance);
        double log2 = Math.min(0.0, log2PerCoefficient + Math.log(p.ringDegree()) / Math.log(2));
        return new DecryptionFailureAnalysis(worst, tolerance, sd, log2, Method.CHERNOFF_BOUND);
    }

    /** True if the failure probability is at most 2^−100. */
    public boolean meetsRequirement() {
        return log2FailureProbability <= REQUIRED_LOG2;
    }

    /**
     * log2 of a Chernoff bound on Pr[|Σ_{i&lt;count} X_i·Y_i + E| &gt; tolerance] for X, Y, E i.i.d. with the symmetric
     * probability mass function {@code pmf} on [−η, η].
     */
    static double log2ChernoffTail(double[] pmf, long count, long tolerance) {
        int eta = (pmf.length - 1) / 2;
        // minimise the convex f(t) = −t(T+1) + count·log M_Z(t) + log M_E(t) over t > 0
        double hi = 1e-9;
        while (hi < 1e6 && exponent(pmf, eta, count, tolerance, 2 * hi) < exponent(pmf, eta, count, tolerance, hi)) {
            hi *= 2;
        }
        double lo = 0;
        hi *= 2;
        for (int iteration = 0; iteration < 200; iteration++) {
            double m1 = lo + (hi - lo) / 3;
            double m2 = hi - (hi - lo) / 3;
            if (exponent(pmf, eta, count, tolerance, m1) < exponent(pmf, eta, count, tolerance, m2)) {
                hi = m2;
            } else {
                lo = m1;
            }
        }
        double best = Math.min(0.0, exponent(pmf, eta, count, tolerance, (lo + hi) / 2));
        return Math.min(0.0, (best + Math.log(2)) / Math.log(2)); // factor 2: both tails
    }

    /** f(t) in nats. */
    private static double exponent(double[] pmf, int eta, long count, long tolerance, double t) {
        double[] productExponents = new double[pmf.length * pmf.length];
        double[] productWeights = new double[pmf.length * pmf.length];
        int idx = 0;
        for (int a = 0; a < pmf.length; a++) {
            for (int b = 0; b < pmf.length; b++) {
                productExponents[idx] = t * (double) (a - eta) * (b - eta);
                productWeights[idx] = pmf[a] * pmf[b];
                idx++;
            }
        }
        double[] singleExponents = new double[pmf.length];
        for (int a = 0; a < pmf.length; a++) {
            singleExponents[a] = t * (a - eta);
        }
        return -t * (tolerance + 1) + count * logSumExp(productExponents, productWeights)
            + logSumExp(singleExponents, pmf);
    }

    /** log Σ w_i·e^{x_i}, stable for large x. */
    private static double logSumExp(double[] x, double[] w) {
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < x.length; i++) {
            if (w[i] > 0) {
                max = Math.max(max, x[i]);
            }
        }
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            sum += w[i] * Math.exp(x[i] - max);
        }
        return max + Math.log(sum);
    }
}
