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
    static final String LINEAR_RELATION_SMALL_PROOF =
            "43524d04ab6ec0cd802399bdb0b998792d78e87737941ecbc36cf2ba1cbe3a30";
    static final String RANGE_SMALL_STATEMENT =
            "0e6d7499d6640bdf65cbc7ca1a5f3bf10dbcee9f39f72c77e0adac70513b74c0";
    static final String RANGE_SMALL_PROOF =
            "a7437613d46e27082e2d3c56deed9b71147a8136cb807ad11d168b864ef8ec5c";
    static final String RANGE_NZ128_STATEMENT = "404da001d6fef2c5fcad7bce98d9d32e75c3dc8fab2e539c328cff1820404476";
    static final String RANGE_NZ128_PROOF = "1da75a9a4d76f2923de24abfce11bbc8087d8b7eef43cd5410a325b02c2c572e";

    /** nz-128 on q = 268435313 (X^256 + 1 in 8 factors), pinned 2026-12-06. */
    static final String LWE_SECRET_NZ128 =
            "d6ae92b81934c6db56948d17dcbbed158eb0ae3f13e8550009f0737086fd6f6f";
    static final String COMMITMENT_OPENING_NZ128_STATEMENT =
            "9af9b084038a0928699bbc1cf0c4e60483e63f3f5b77f0612ffbf40061a5891f";
    static final String COMMITMENT_OPENING_NZ128_PROOF =
            "fdc6784688534e036d33e0bf0cadadb1d0dc75d9b45a0aaa024fb708b034d82b";
    static final String LINEAR_RELATION_NZ128_PROOF =
            "6aed7b723a8b683340cd23c32164e935d23c0c9a8878b731cac647692edb2450";

    private KnownAnswers() {
    }
}
