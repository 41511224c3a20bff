package io.nexuszero.crypto.api;

/**
 * POST /v1/proofs: commit to the witness and prove an opening, a linear relation ({@code relation}) or that every
 * value lies in its {@code bounds} (range) under the context.
 */
public record ProveRequest(String type, String parameterSet, WitnessJson witness, RelationJson relation,
                           BoundsJson bounds, String context) {

    @Override
    public String toString() {
        return "ProveRequest[type=" + type + ", parameterSet=" + parameterSet + "]";
    }
}
