package io.nexuszero.optimizer.core.model;

import io.nexuszero.optimizer.api.LatticeParameters;
import io.nexuszero.optimizer.api.ProofType;

/**
 * The expected number of Fiat–Shamir-with-aborts attempts of one proof, in closed form (docs/CRYPTO.md "Proofs",
 * crypto-service's {@code ProofParameters.expectedAttempts}): each of the D masked coefficients is accepted with
 * probability (2B + 1)/(2γ + 1), B = γ − τη, so the attempts are geometric with mean ((2γ + 1)/(2B + 1))^D, where
 * D = n·(k + l) for lwe-secret, n·(k + ⌈L/n⌉ + l) for commitment-opening and L·n·(k + 1 + l) for linear-relation.
 * <p>
 * Why here: prove time is this expectation times the cost of one attempt, and the expectation spans orders of
 * magnitude across the search space, so the model learns the per-attempt cost and multiplies this back in
 * instead of fitting an exponential from noisy samples. crypto-service's evaluate endpoint does not report it yet;
 * when it does, this should be read from there (crypto knowledge belongs to crypto-service).
 */
public final class ExpectedAttempts {

    private ExpectedAttempts() {
    }

    /** Masked polynomials per attempt: the rows of the response vector(s) that are norm-checked. */
    public static long maskedPolynomials(LatticeParameters p, ProofType type, int witnessLength) {
        return switch (type) {
            case LWE_SECRET -> (long) p.rankK() + p.rankL();
            case COMMITMENT_OPENING -> (long) p.rankK() + ceilDiv(witnessLength, p.ringDegree()) + p.rankL();
            case LINEAR_RELATION -> (long) witnessLength * (p.rankK() + 1 + p.rankL());
        };
    }

    /** ln of the expected attempts; +∞ when no response can be accepted (γ ≤ τη). */
    public static double ln(LatticeParameters p, ProofType type, int witnessLength) {
        double bound = (double) p.gamma() - (double) p.challengeWeight() * p.eta();
        if (bound < 1) {
            return Double.POSITIVE_INFINITY;
        }
        double coefficients = (double) maskedPolynomials(p, type, witnessLength) * p.ringDegree();
        return coefficients * Math.log((2.0 * p.gamma() + 1) / (2.0 * bound + 1));
    }

    private static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }
}
