package io.nexuszero.crypto.engine.proof;

import java.util.Optional;

/**
 * The public fields of a statement that a caller checks before verifying: how many values it commits to (1 for
 * lwe-secret, whose statement is a key), for linear-relation the relation it proves (reduced to [0, q)), and for
 * range the bounds.
 */
public record StatementFields(int valueCount, Optional<LinearRelationProof.Relation> relation,
                              Optional<RangeBounds> bounds) {

    /** Fields without range bounds. */
    public StatementFields(int valueCount, Optional<LinearRelationProof.Relation> relation) {
        this(valueCount, relation, Optional.empty());
    }
}
