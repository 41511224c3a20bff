package io.nexuszero.crypto.engine.proof;

import io.nexuszero.crypto.engine.sampling.Randomness;

import java.util.Optional;

/**
 * One proof type's operations, everything a caller needs without knowing which type it holds: its limits, exact
 * sizes and expected prover attempts, proving, verifying, and the public fields of its statements.
 * {@link ProofSystems#of(ProofType)} gives the implementation of each type.
 */
public interface ProofSystem {

    ProofType type();

    /** False for lwe-secret, whose witness is a key pair; true where the witness is a list of committed values. */
    boolean takesValues();

    /** True where the statement carries a public linear relation among the values (linear-relation). */
    boolean provesRelation();

    /** The statement encoding's cap on the value count; {@link Integer#MAX_VALUE} where the count is ignored. */
    int maxEncodedValues();

    /** Most values provable at {@code p} within the repetition cap; {@link Integer#MAX_VALUE} where ignored. */
    int maxValues(ProofParameters p);

    /** Exact statement and proof lengths for {@code values} witness values (ignored by lwe-secret). */
    ProofSizes.ProofSize size(ProofParameters p, int values);

    /** Polynomials masked and norm-checked per prover attempt, for {@code values} ≥ 1 witness values. */
    long maskedPolynomials(ProofParameters p, int values);

    /** Expected prover attempts of one proof over {@code values} witness values (one rejection loop); may be +∞. */
    default double expectedAttempts(ProofParameters p, int values) {
        return p.expectedAttempts(maskedPolynomials(p, values));
    }

    /**
     * Proves what {@code witness} knows under {@code context}.
     *
     * @throws IllegalArgumentException if the witness is not this type's form or does not fit the parameters
     */
    ProofResult prove(ProofParameters p, ProofWitness witness, byte[] context, Randomness randomness);

    /** The statement a verifier checks {@code result} against: the key's public key, or the encoded commitments. */
    ProofStatement statement(ProofWitness witness, ProofResult result);

    /** Verifies; never throws on bad proof bytes (reason codes as in {@link VerificationResult}). */
    VerificationResult verify(ProofParameters p, ProofStatement statement, byte[] context, byte[] proof);

    /** The statement's public fields, or empty if they do not read cleanly (then {@link #verify} says why). */
    Optional<StatementFields> readFields(ProofParameters p, ProofStatement statement);
}
