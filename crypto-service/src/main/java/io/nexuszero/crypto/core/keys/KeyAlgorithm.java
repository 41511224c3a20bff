package io.nexuszero.crypto.core.keys;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Every algorithm a key can have, with its purpose and the NexusZero security level (parameter set) it sits at:
 * nz-128 ↔ ML-KEM-512 / ML-DSA-44 (NIST category 1 / 2), nz-192 ↔ ML-KEM-768 / ML-DSA-65 (category 3), nz-256 ↔
 * ML-KEM-1024 / ML-DSA-87 (category 5). A key id starts with the algorithm's lower-case name.
 */
public enum KeyAlgorithm {
    NZ_128(KeyPurpose.PROOF, "nz-128", "nz-128"),
    NZ_192(KeyPurpose.PROOF, "nz-192", "nz-192"),
    NZ_256(KeyPurpose.PROOF, "nz-256", "nz-256"),
    ML_KEM_512(KeyPurpose.KEM, "ML-KEM-512", "nz-128"),
    ML_KEM_768(KeyPurpose.KEM, "ML-KEM-768", "nz-192"),
    ML_KEM_1024(KeyPurpose.KEM, "ML-KEM-1024", "nz-256"),
    ML_DSA_44(KeyPurpose.SIGNATURE, "ML-DSA-44", "nz-128"),
    ML_DSA_65(KeyPurpose.SIGNATURE, "ML-DSA-65", "nz-192"),
    ML_DSA_87(KeyPurpose.SIGNATURE, "ML-DSA-87", "nz-256");

    private final KeyPurpose purpose;
    private final String wireName;
    private final String parameterSet;

    KeyAlgorithm(KeyPurpose purpose, String wireName, String parameterSet) {
        this.purpose = purpose;
        this.wireName = wireName;
        this.parameterSet = parameterSet;
    }

    public KeyPurpose purpose() {
        return purpose;
    }

    /** The name in the API: "ML-KEM-768", "ML-DSA-44", "nz-128". */
    public String wireName() {
        return wireName;
    }

    /** The security level: the parameter set of the same strength. */
    public String parameterSet() {
        return parameterSet;
    }

    /** The key id prefix: the lower-case name. */
    public String idPrefix() {
        return wireName.toLowerCase(Locale.ROOT);
    }

    /** The algorithm of a purpose at a parameter set's level, or null. */
    public static KeyAlgorithm of(KeyPurpose purpose, String parameterSet) {
        return Arrays.stream(values()).filter(a -> a.purpose == purpose && a.parameterSet.equals(parameterSet))
                .findFirst().orElse(null);
    }

    /** The algorithm with this wire name (exact), or null. */
    public static KeyAlgorithm fromWire(String name) {
        return Arrays.stream(values()).filter(a -> a.wireName.equals(name)).findFirst().orElse(null);
    }

    /** The algorithm a key id prefix names, or null. */
    public static KeyAlgorithm fromIdPrefix(String prefix) {
        return Arrays.stream(values()).filter(a -> a.idPrefix().equals(prefix)).findFirst().orElse(null);
    }

    public static List<String> wireNames(KeyPurpose purpose) {
        return Arrays.stream(values()).filter(a -> a.purpose == purpose).map(KeyAlgorithm::wireName).toList();
    }
}
