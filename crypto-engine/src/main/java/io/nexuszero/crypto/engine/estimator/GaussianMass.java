package io.nexuszero.crypto.engine.estimator;

/**
 * Probability mass of a centred Gaussian inside [−t, t], i.e. erf(t / (σ√2)), computed accurately enough to be
 * raised to the power of a few thousand coordinates (the ℓ∞-SIS attack multiplies one such probability per
 * coordinate). The JDK has no erf, so: the Maclaurin series below 3 (terms stay small, ~13 correct digits), and
 * erf = 1 − erfc with erfc from its Laplace continued fraction above 3, where erfc &lt; 2.3·10⁻⁵.
 */
final class GaussianMass {

    private static final double SERIES_LIMIT = 3.0;
    private static final int CONTINUED_FRACTION_DEPTH = 80;

    private GaussianMass() {
    }

    /** ln Pr[|X| ≤ t] for X ~ N(0, σ²). */
    static double logProbabilityWithin(double sigma, double t) {
        double x = t / (sigma * Math.sqrt(2));
        if (x < SERIES_LIMIT) {
            return Math.log(erfSeries(x));
        }
        return Math.log1p(-erfcContinuedFraction(x));
    }

    /** erf(x) = 2/√π · Σ_k (−1)^k x^(2k+1) / (k!·(2k+1)). */
    static double erf(double x) {
        if (x < 0) {
            return -erf(-x);
        }
        return x < SERIES_LIMIT ? erfSeries(x) : 1 - erfcContinuedFraction(x);
    }

    private static double erfSeries(double x) {
        double term = x;            // (−1)^k x^(2k+1) / k!
        double sum = x;
        double x2 = x * x;
        for (int k = 1; k < 200; k++) {
            term *= -x2 / k;
            double contribution = term / (2 * k + 1);
            sum += contribution;
            if (Math.abs(contribution) < 1e-17 * Math.abs(sum)) {
                break;
            }
        }
        return 2 / Math.sqrt(Math.PI) * sum;
    }

    /** erfc(x) = e^(−x²)/√π · 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + 2/(x + …))))), for x ≥ 3. */
    private static double erfcContinuedFraction(double x) {
        double tail = x;
        for (int k = CONTINUED_FRACTION_DEPTH; k >= 1; k--) {
            tail = x + (k / 2.0) / tail;
        }
        return Math.exp(-x * x) / (Math.sqrt(Math.PI) * tail);
    }
}
