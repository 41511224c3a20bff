package io.nexuszero.crypto.api;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * POST /v1/proofs: commit to the witness and prove an opening, a linear relation ({@code relation}) or that every
 * value lies in its {@code bounds} (range) under the context.
 */
public record ProveRequest(String type, String parameterSet, WitnessJson witness, RelationJson relation,
                           @Schema(description = BoundsJson.DESCRIPTION)
                           BoundsJson bounds, String context) {

    @Override
    public String toString() {
        return "ProveRequest[type=" + type + ", parameterSet=" + parameterSet + "]";
    }
}
