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
            "8e7a3a80ae64ae862538a8675dbbe97d50ff82ff8f0f618b2aba3ebd4feb162d";
    static final String COMMITMENT_OPENING_NZ128_STATEMENT =
            "9bf9f0432574d8d060c80508e5d5c6d493cf3503a9ef8b6deb851e6274b2a264";
    static final String COMMITMENT_OPENING_NZ128_PROOF =
            "4955f0ca1505cbccc3459ace3d5e77486391c0b75b0c12fe59d4e10a27c7a134";
    static final String LINEAR_RELATION_NZ128_PROOF =
            "0f89ba2c7eac7b21e36430d57efded06d644a4dffcb3e3a625a0f73436baded9";

    private KnownAnswers() {
    }
}
