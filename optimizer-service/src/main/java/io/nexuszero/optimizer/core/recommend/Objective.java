package io.nexuszero.optimizer.core.recommend;

/**
 * Validated weights of proof bytes, prove time and verify time (each ≥ 0, sum > 0).
 *
 * <p>Normalisation: each cost is divided by the smallest value of that cost among the feasible candidates, so every
 * term is a unit-free ratio ≥ 1 ("how many times worse than the best available"), and the score is the weighted mean
 * of the ratios. A score of 1.0 means best possible on every weighted cost; 1.25 means 25% worse on (weighted)
 * average. Bytes and milliseconds never have to be compared in their own units.
 */
public record Objective(double proofBytes, double proveMillis, double verifyMillis) {

    public Objective {
        if (!(proofBytes >= 0 && proveMillis >= 0 && verifyMillis >= 0)) {
            throw new IllegalArgumentException("weights must be finite and non-negative");
        }
        if (!(proofBytes + proveMillis + verifyMillis > 0) || Double.isInfinite(proofBytes + proveMillis + verifyMillis)) {
            throw new IllegalArgumentException("at least one weight must be positive and all finite");
        }
    }

    public double score(double bytes, double prove, double verify, double minBytes, double minProve, double minVerify) {
        double total = proofBytes + proveMillis + verifyMillis;
        return (term(proofBytes, bytes, minBytes) + term(proveMillis, prove, minProve) + term(verifyMillis, verify, minVerify))
                / total;
    }

    private static double term(double weight, double value, double best) {
        return weight == 0 ? 0 : weight * (value / best);
    }
}
