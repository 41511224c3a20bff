package io.nexuszero.crypto.engine.proof;

/** SHA3-256 of proofs produced from fixed seeds: regression pins for the encodings and the transcript. */
final class KnownAnswers {

    static final String LWE_SECRET_SMALL =
            "7f35d312cea560e1b3e4b72e0e50a6de3237f4531c67ee27ba704ddc17425e88";

    private KnownAnswers() {
    }
}
