package io.nexuszero.crypto.engine.proof;

/** SHA3-256 of proofs produced from fixed seeds: regression pins for the encodings and the transcript. */
final class KnownAnswers {

    static final String LWE_SECRET_SMALL =
            "7f35d312cea560e1b3e4b72e0e50a6de3237f4531c67ee27ba704ddc17425e88";

    /** Re-pinned 2026-12-06: statements carry only the L committed coefficients of t2. */
    static final String COMMITMENT_OPENING_SMALL_STATEMENT =
            "d3d2e03e47a1ec42e5d6d14a7fa89d4c24d76a8725af02ae1cc813efeb64b396";
    static final String COMMITMENT_OPENING_SMALL_PROOF =
            "b781267bc599c4500d477dac6c03536d582a2581cbf076bf1a1df89741a93319";
    static final String LINEAR_RELATION_SMALL_STATEMENT =
            "81dcebd7b43bb4dca421588b5d85b871a428706f8f56568be9a54216264b242a";
    static final String LINEAR_RELATION_SMALL_PROOF =
            "af694f80d0e2295dc43eb4d0a66a8f51fb96fbf8821fdf13576a93f7a0162c6e";

    /** nz-128 on q = 268435313 (X^256 + 1 in 8 factors), pinned 2026-12-06. */
    static final String LWE_SECRET_NZ128 =
            "211d036e153acae86988632bfb1c9958ed1d04f937ce341607c71e5a6f74cdd3";
    static final String COMMITMENT_OPENING_NZ128_STATEMENT =
            "c859b529b8861f14dd16a58f0d20e12a8a9e370ad1bed363cedb115603b295d4";
    static final String COMMITMENT_OPENING_NZ128_PROOF =
            "6e5b7f78d6d373c4c3dbf050fa3da6a9cf24bd1053c98024e5c7195c7d5e0b18";
    static final String LINEAR_RELATION_NZ128_PROOF =
            "df9e3519030102c21136078ac7489ad078c4b62eaf5de7ee03947d2fb947c7c9";

    private KnownAnswers() {
    }
}
