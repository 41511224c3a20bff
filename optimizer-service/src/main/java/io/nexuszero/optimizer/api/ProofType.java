package io.nexuszero.optimizer.api;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The proof types crypto-service proves, by their wire names. */
public enum ProofType {
    LWE_SECRET("lwe-secret"),
    COMMITMENT_OPENING("commitment-opening"),
    LINEAR_RELATION("linear-relation"),
    RANGE("range");

    private final String wireName;

    ProofType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** The engine's proof type of the same name: its sizes, limits and masked polynomials are the engine's. */
    public io.nexuszero.crypto.engine.proof.ProofType engineType() {
        return switch (this) {
            case LWE_SECRET -> io.nexuszero.crypto.engine.proof.ProofType.LWE_SECRET;
            case COMMITMENT_OPENING -> io.nexuszero.crypto.engine.proof.ProofType.COMMITMENT_OPENING;
            case LINEAR_RELATION -> io.nexuszero.crypto.engine.proof.ProofType.LINEAR_RELATION;
            case RANGE -> io.nexuszero.crypto.engine.proof.ProofType.RANGE;
        };
    }

    /** lwe-secret proves knowledge of one key's secret: the witness length does not change it. */
    public boolean dependsOnWitnessLength() {
        return this != LWE_SECRET;
    }

    public static Optional<ProofType> fromWireName(String name) {
        return Arrays.stream(values()).filter(t -> t.wireName.equals(name)).findFirst();
    }

    public static List<String> wireNames() {
        return Arrays.stream(values()).map(ProofType::wireName).toList();
    }
}
