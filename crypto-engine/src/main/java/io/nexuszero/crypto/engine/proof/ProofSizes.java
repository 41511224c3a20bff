package io.nexuszero.crypto.engine.proof;

import io.nexuszero.crypto.engine.params.LatticeParameters;
import io.nexuszero.crypto.engine.params.ParameterSet;

/**
 * Exact byte lengths of proofs and statements, for any valid parameters (presets or custom), computed from the
 * encodings' layouts — the same code paths that size the real encodings, so they cannot drift.
 */
public final class ProofSizes {

    private ProofSizes() {
    }

    /** Proof and statement length in bytes. */
    public record ProofSize(int proofBytes, int statementBytes) {
    }

    /** Sizes for a named parameter set. */
    public static ProofSize of(ParameterSet set, ProofType type, int count) {
        return of(ProofParameters.of(set), type, count);
    }

    /** Sizes for client-supplied parameters (id "custom"). */
    public static ProofSize of(LatticeParameters parameters, ProofType type, int count) {
        return of(ProofParameters.of(parameters), type, count);
    }

    /**
     * @param count ignored for lwe-secret; L (number of committed values, 1..4096) for commitment-opening; L (1..4096) for
     *              linear-relation
     */
    public static ProofSize of(ProofParameters p, ProofType type, int count) {
        return ProofSystems.of(type).size(p, count);
    }
}
