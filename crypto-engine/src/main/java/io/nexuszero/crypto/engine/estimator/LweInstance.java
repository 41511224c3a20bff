package io.nexuszero.crypto.engine.estimator;

/**
 * An LWE instance as the attacks see it: secret dimension n, modulus q (given as log2 q so that moduli beyond 2^63,
 * as in the Homomorphic Encryption Standard tables, can be estimated), the standard deviations of one secret and one
 * error coefficient, and the number m of samples the attacker may use.
 *
 * @param n           secret dimension (for Module-LWE: ring degree × module columns)
 * @param log2Q       log2 of the modulus q
 * @param secretSigma standard deviation of a secret coefficient
 * @param errorSigma  standard deviation of an error coefficient
 * @param m           number of LWE samples available (for Module-LWE: ring degree × module rows)
 */
public record LweInstance(int n, double log2Q, double secretSigma, double errorSigma, int m) {

    public LweInstance {
        if (n < 1) {
            throw new IllegalArgumentException("LWE dimension n must be positive, was " + n);
        }
        if (m < 1) {
            throw new IllegalArgumentException("number of samples m must be positive, was " + m);
        }
        if (!(log2Q >= 1) || Double.isInfinite(log2Q)) {
            throw new IllegalArgumentException("log2 q must be a finite number >= 1, was " + log2Q);
        }
        if (!(secretSigma > 0) || Double.isInfinite(secretSigma)) {
            throw new IllegalArgumentException("secret standard deviation must be positive and finite, was "
                + secretSigma);
        }
        if (!(errorSigma > 0) || !(Math.log(errorSigma) / Math.log(2) < log2Q)) {
            throw new IllegalArgumentException("error standard deviation must be positive and below q, was "
                + errorSigma);
        }
    }

    /**
     * The instance with an integer modulus q ≥ 2. (A factory rather than a second constructor: with overloads
     * {@code new LweInstance(n, 27, …)} would silently pick the {@code long q} one.)
     */
    public static LweInstance ofModulus(int n, long q, double secretSigma, double errorSigma, int m) {
        return new LweInstance(n, log2OfModulus(q), secretSigma, errorSigma, m);
    }

    /** ln q. */
    double logQ() {
        return log2Q * Math.log(2);
    }

    private static double log2OfModulus(long q) {
        if (q < 2) {
            throw new IllegalArgumentException("modulus q must be at least 2, was " + q);
        }
        return Math.log(q) / Math.log(2);
    }
}
