package io.nexuszero.crypto.api;

/** POST /v1/proofs: commit to the witness and prove an opening (or a linear relation) under the context. */
public record ProveRequest(String type, String parameterSet, WitnessJson witness, RelationJson relation,
                           String context) {

    @Override
    public String toString() {
        return "ProveRequest[type=" + type + ", parameterSet=" + parameterSet + "]";
    }
}
