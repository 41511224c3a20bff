package io.nexuszero.crypto.core.keys;

/** What a key is for; one purpose per key, fixed at creation and bound into its id and derivation. */
public enum KeyPurpose {
    /** A Module-LWE key whose secret the lwe-secret proofs show knowledge of. */
    PROOF("proof"),
    /** An ML-KEM (FIPS 203) key for HPKE-style encryption. */
    KEM("kem"),
    /** An ML-DSA (FIPS 204) key for signatures. */
    SIGNATURE("signature");

    private final String wireName;

    KeyPurpose(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** The purpose with this wire name, or null. */
    public static KeyPurpose fromWire(String name) {
        for (KeyPurpose purpose : values()) {
            if (purpose.wireName.equals(name)) {
                return purpose;
            }
        }
        return null;
    }
}
