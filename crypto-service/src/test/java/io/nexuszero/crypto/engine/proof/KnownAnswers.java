package io.nexuszero.crypto.engine.proof;

/** SHA3-256 of proofs produced from fixed seeds: regression pins for the encodings and the transcript. */
final class KnownAnswers {

    static final String LWE_SECRET_SMALL =
            "7f35d312cea560e1b3e4b72e0e50a6de3237f4531c67ee27ba704ddc17425e88";

    /** Pinned before the proof codec moved onto the packing package's ByteReader/ByteWriter, unchanged since. */
    static final String COMMITMENT_OPENING_SMALL_STATEMENT =
            "18e2761165b6f3f0dcca52d7a840f61b01c443ec9e1e0bde227ddc0a108c1874";
    static final String COMMITMENT_OPENING_SMALL_PROOF =
            "2fe27d2be0362176be9135b0b629004eaada70688799bcf39d9845c63d509ac0";
    static final String LINEAR_RELATION_SMALL_STATEMENT =
            "81dcebd7b43bb4dca421588b5d85b871a428706f8f56568be9a54216264b242a";
    static final String LINEAR_RELATION_SMALL_PROOF =
            "af694f80d0e2295dc43eb4d0a66a8f51fb96fbf8821fdf13576a93f7a0162c6e";

    private KnownAnswers() {
    }
}
