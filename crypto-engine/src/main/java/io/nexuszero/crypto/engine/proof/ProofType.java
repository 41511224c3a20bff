package io.nexuszero.crypto.engine.proof;

import java.util.Optional;

/** The proof types, by wire name, with the kind bytes of their proof and statement encodings. */
public enum ProofType {
    /** Knowledge of a short Module-LWE secret (s1, s2) with t = A·s1 + s2. */
    LWE_SECRET("lwe-secret", 0x01),
    /** Knowledge of an opening of a BDLOP commitment to L integers. */
    COMMITMENT_OPENING("commitment-opening", 0x02),
    /**
     * Σ a_i·m_i = b (mod q) among the L values of one BDLOP commitment — format 2 (kind 0x04); format 1 (kind 0x03,
     * one commitment per value) is retired and decodes as {@code unsupported_format}.
     */
    LINEAR_RELATION("linear-relation", 0x04, 2),
    /**
     * Each of L committed integers lies in public bounds [min, max] with max − min &lt; 2^64 (binary decomposition) —
     * format 2 (kind 0x06: one weight vector per row); format 1 (kind 0x05, one per row and copy) is retired.
     */
    RANGE("range", 0x06, 2);

    /** Kind codes of retired formats: their encodings are refused with a reason of their own, not as noise. */
    private static final int[] RETIRED_CODES = {0x03, 0x05};

    private final String wireName;
    private final int code;
    private final int formatVersion;

    ProofType(String wireName, int code) {
        this(wireName, code, 1);
    }

    ProofType(String wireName, int code, int formatVersion) {
        this.wireName = wireName;
        this.code = code;
        this.formatVersion = formatVersion;
    }

    public String wireName() {
        return wireName;
    }

    /** Kind byte of this type's proof encoding. */
    public int proofKind() {
        return code;
    }

    /** Kind byte of this type's statement encoding (high bit set). */
    public int statementKind() {
        return 0x80 | code;
    }

    /** Transcript domain: "nexuszero/proof/&lt;wire name&gt;/v&lt;format version&gt;" (linear-relation: v2). */
    String transcriptDomain() {
        return "nexuszero/proof/" + wireName + "/v" + formatVersion;
    }

    /** True for the kind byte of a retired proof or statement format. */
    static boolean isRetiredKind(int kind) {
        for (int retired : RETIRED_CODES) {
            if (kind == retired || kind == (0x80 | retired)) {
                return true;
            }
        }
        return false;
    }

    public static Optional<ProofType> fromWireName(String name) {
        for (ProofType t : values()) {
            if (t.wireName.equals(name)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
