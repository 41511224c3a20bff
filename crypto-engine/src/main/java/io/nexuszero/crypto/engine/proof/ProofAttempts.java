package io.nexuszero.crypto.engine.proof;

/**
 * Expected prover attempts of each proof type: a rejection loop masks a fixed number of polynomials per attempt
 * and {@link ProofParameters#expectedAttempts} gives the geometric mean for that many (range runs one loop per
 * chunk of at most 32 values: an attempt masks one chunk's polynomials and the chunks' expected attempts add up). Prove time is this
 * expectation times the cost of one attempt, so callers who model or budget prove time read it from here.
 */
public final class ProofAttempts {

    private ProofAttempts() {
    }

    /**
     * Polynomials masked (and norm-checked) per attempt: κ + λ for lwe-secret, κ + ⌈L/n⌉ + λ for
     * commitment-opening, (κ + ⌈L/n⌉ + λ) + (κ + r + λ) for linear-relation (the values' and the garbage commitment's
     * randomness, r = {@link LinearRelationProof#garbagePolys}), (κ + ℓ_s + λ) + (κ + 2r + R·ℓ_s + λ) of range's first
     * chunk (ℓ_s = ⌈64·min(L, 32)/n⌉ at the presets).
     */
    public static long maskedPolynomials(ProofParameters p, ProofType type, int values) {
        if (values < 1) {
            throw new IllegalArgumentException("values must be at least 1");
        }
        return ProofSystems.of(type).maskedPolynomials(p, values);
    }

    /**
     * Expected attempts of one proof over {@code values} witness values (ignored by lwe-secret), summed over its
     * rejection loops (range runs one per chunk); may be +∞.
     */
    public static double expected(ProofParameters p, ProofType type, int values) {
        if (values < 1) {
            throw new IllegalArgumentException("values must be at least 1");
        }
        return ProofSystems.of(type).expectedAttempts(p, values);
    }
}
