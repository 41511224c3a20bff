package io.nexuszero.crypto.engine.proof;

/** SHA3-256 of proofs produced from fixed seeds: regression pins for the encodings and the transcript. */
final class KnownAnswers {

    static final String LWE_SECRET_SMALL =
            "1bd748ec4f6215c34cbcfcbee237bbdc0062100de6dd4171a5de25f8d525229a";

    private KnownAnswers() {
    }
}
