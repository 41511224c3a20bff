package io.nexuszero.crypto.engine.proof;

import java.util.List;

/** The implementation of each proof type: the one place that maps a {@link ProofType} to its code. */
public final class ProofSystems {

    private static final ProofSystem LWE_SECRET = new LweSecretSystem();
    private static final ProofSystem COMMITMENT_OPENING = new CommitmentOpeningSystem();
    private static final ProofSystem LINEAR_RELATION = new LinearRelationSystem();
    private static final ProofSystem RANGE = new RangeSystem();

    private ProofSystems() {
    }

    public static ProofSystem of(ProofType type) {
        return switch (type) {
            case LWE_SECRET -> LWE_SECRET;
            case COMMITMENT_OPENING -> COMMITMENT_OPENING;
            case LINEAR_RELATION -> LINEAR_RELATION;
            case RANGE -> RANGE;
        };
    }

    /** Every proof system, in {@link ProofType} order. */
    public static List<ProofSystem> all() {
        return List.of(LWE_SECRET, COMMITMENT_OPENING, LINEAR_RELATION, RANGE);
    }
}
