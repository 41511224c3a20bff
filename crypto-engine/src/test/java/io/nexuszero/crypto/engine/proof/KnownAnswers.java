package io.nexuszero.crypto.engine.proof;

/** SHA3-256 of proofs produced from fixed seeds: regression pins for the encodings and the transcript. */
final class KnownAnswers {

    static final String LWE_SECRET_SMALL =
            "9182af42caf92b575c675f56bc49fa2e3f2dd5567793cdb0fc9ce7ddebeb4b5b";

    /** Re-pinned 2026-12-06: statements carry only the L committed coefficients of t2. */
    static final String COMMITMENT_OPENING_SMALL_STATEMENT =
            "d3d2e03e47a1ec42e5d6d14a7fa89d4c24d76a8725af02ae1cc813efeb64b396";
    static final String COMMITMENT_OPENING_SMALL_PROOF =
            "42769c2cd2df7d2793e0602d9d54dcd73ee3a447539c3bcafa8b7d72b9dad05f";
    /** Re-pinned 2026-12-06: linear-relation format 2 (one commitment, constant-coefficient proof, kind 0x04). */
    static final String LINEAR_RELATION_SMALL_STATEMENT =
            "e6b533ea3e0e612921b70d07caa46444d8da682de64595b521690a5ce137e033";
    /**
     * Proof re-pinned 2026-12-07: linear-relation draws both randomness vectors before the garbage (and, at the
     * presets, masks with discrete Gaussians, below); the statement is unchanged.
     */
    static final String LINEAR_RELATION_SMALL_PROOF =
            "22aa050f70bc83782ba54c11b0bea450925afcf856e22416219714b9085497d0";
    /** Re-pinned 2026-12-06: range format 2 (kind 0x06, one position-weight vector per row). */
    static final String RANGE_SMALL_STATEMENT =
            "f5abbebc0966fc98e162bc7742fa24788fe3ba5f12a8feac93617ca38ab1a411";
    static final String RANGE_SMALL_PROOF =
            "4f8504f387acb2424237efb7fad32d5e23aabceb076c566ebe2e31621a21c715";
    static final String RANGE_NZ128_STATEMENT = "5be41d841d43494179b6271fe69c89b69ebfa9fa3c732e586e3f676a461cdc99";
    static final String RANGE_NZ128_PROOF = "29127bfe325249d5bd8739f84b1dafd127100f4e6ed9f36ca3c9889c8983a49b";

    /** nz-128 on q = 268435313 (X^256 + 1 in 8 factors), pinned 2026-12-06. */
    static final String LWE_SECRET_NZ128 =
            "d6ae92b81934c6db56948d17dcbbed158eb0ae3f13e8550009f0737086fd6f6f";
    static final String COMMITMENT_OPENING_NZ128_STATEMENT =
            "9af9b084038a0928699bbc1cf0c4e60483e63f3f5b77f0612ffbf40061a5891f";
    static final String COMMITMENT_OPENING_NZ128_PROOF =
            "fdc6784688534e036d33e0bf0cadadb1d0dc75d9b45a0aaa024fb708b034d82b";
    /** Re-pinned 2026-12-07: linear-relation masks with discrete Gaussians at nz-128 ({@link LoopMasking}). */
    static final String LINEAR_RELATION_NZ128_PROOF =
            "87c40c9c0c92fe924f9d5d824dbbc134d878befb6e88700b390b28e615329bf2";

    private KnownAnswers() {
    }
}
