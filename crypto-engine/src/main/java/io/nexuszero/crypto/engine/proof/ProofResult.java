package io.nexuszero.crypto.engine.proof;

/**
 * A proof and the number of prover attempts (rejection-sampling repetitions, ≥ 1) it took; {@code statement} is the
 * canonical statement encoding the proof verifies against (for lwe-secret: the canonical encoding of (ρ, t)).
 */
public record ProofResult(byte[] statement, byte[] proof, int attempts) {

    @Override
    public String toString() {
        return "ProofResult[statement=" + statement.length + " bytes, proof=" + proof.length + " bytes, attempts="
                + attempts + "]";
    }
}
