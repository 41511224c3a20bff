package io.nexuszero.optimizer.core.space;

import io.nexuszero.optimizer.api.LatticeParameters;
import io.nexuszero.optimizer.api.ProofType;
import io.nexuszero.optimizer.api.SecurityEstimate;

import java.util.Map;

/**
 * A parameter set crypto-service confirmed valid, with its security estimate and exact proof sizes per proof type
 * (keyed by wire name).
 */
public record Candidate(String id, LatticeParameters parameters, SecurityEstimate estimate,
                        Map<String, ProofSizeCurve> proofBytes) {

    public Candidate {
        proofBytes = Map.copyOf(proofBytes);
    }

    public boolean meets(double securityBits) {
        return estimate.classicalBits() >= securityBits;
    }

    /**
     * Exact proof size, or null when crypto-service reported none for this proof type at this witness length
     * (or a longer one): then the parameter set cannot make that proof.
     */
    public Long proofBytes(ProofType type, int witnessLength) {
        ProofSizeCurve curve = proofBytes.get(type.wireName());
        return curve == null || !curve.supports(witnessLength) ? null : curve.bytesAt(witnessLength);
    }
}
