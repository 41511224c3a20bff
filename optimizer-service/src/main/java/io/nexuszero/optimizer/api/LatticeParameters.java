package io.nexuszero.optimizer.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A lattice parameter set exactly as crypto-service's API names it (the engine's LatticeParameters record).
 * The optimizer never judges these itself: validity, security and sizes come from crypto-service.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LatticeParameters(
        int ringDegree,
        long modulus,
        int rankK,
        int rankL,
        String secretDistribution,
        int eta,
        int challengeWeight,
        long gamma) {

    /** A stable, human-readable key: the same parameters always give the same id. */
    public String candidateId() {
        return "n" + ringDegree + "-q" + modulus + "-k" + rankK + "-l" + rankL
                + "-" + secretDistribution + eta + "-t" + challengeWeight + "-g" + gamma;
    }
}
