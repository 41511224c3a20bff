package io.nexuszero.crypto.engine.proof;

import java.util.Optional;

/** The three proof types, by wire name, with the kind bytes of their proof and statement encodings. */
public enum ProofType {
    /** Knowledge of a short Module-LWE secret (s1, s2) with t = A·s1 + s2. */
    LWE_SECRET("lwe-secret", 0x01),
    /** Knowledge of an opening of a BDLOP commitment to L integers. */
    COMMITMENT_OPENING("commitment-opening", 0x02),
    /** Σ a_i·m_i = b (mod q) among committed values m_i. */
    LINEAR_RELATION("linear-relation", 0x03);

    private final String wireName;
    private final int code;

    ProofType(String wireName, int code) {
        this.wireName = wireName;
        this.code = code;
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

    /** Transcript domain: "nexuszero/proof/&lt;wire name&gt;/v1". */
    String transcriptDomain() {
        return "nexuszero/proof/" + wireName + "/v" + EncodingHeader.VERSION;
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
