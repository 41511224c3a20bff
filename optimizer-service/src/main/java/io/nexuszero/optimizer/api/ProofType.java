package io.nexuszero.optimizer.api;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The proof types crypto-service proves, by their wire names. */
public enum ProofType {
    LWE_SECRET("lwe-secret"),
    COMMITMENT_OPENING("commitment-opening"),
    LINEAR_RELATION("linear-relation");

    private final String wireName;

    ProofType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
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
