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
    static final String LINEAR_RELATION_SMALL_STATEMENT =
            "81dcebd7b43bb4dca421588b5d85b871a428706f8f56568be9a54216264b242a";
    static final String LINEAR_RELATION_SMALL_PROOF =
            "6001dc5c50a70ae6588e2cc8f4152a69892ce1a5a5ea666b5dc46b4ed7a22c34";

    /** nz-128 on q = 268435313 (X^256 + 1 in 8 factors), pinned 2026-12-06. */
    static final String LWE_SECRET_NZ128 =
            "d6ae92b81934c6db56948d17dcbbed158eb0ae3f13e8550009f0737086fd6f6f";
    static final String COMMITMENT_OPENING_NZ128_STATEMENT =
            "9af9b084038a0928699bbc1cf0c4e60483e63f3f5b77f0612ffbf40061a5891f";
    static final String COMMITMENT_OPENING_NZ128_PROOF =
            "fdc6784688534e036d33e0bf0cadadb1d0dc75d9b45a0aaa024fb708b034d82b";
    static final String LINEAR_RELATION_NZ128_PROOF =
            "60186b16a90ae24f861541354652635ee089209810f1b1ae551b1e904c52d5a0";

    private KnownAnswers() {
    }
}
