package io.nexuszero.crypto.engine.proof;

import io.nexuszero.crypto.engine.keys.PublicKey;

/** What a verifier checks a proof against, in the form its proof type takes. */
public sealed interface ProofStatement {

    /** lwe-secret: the public key (a decoded key keeps its expanded matrix A across verifications). */
    record OfKey(PublicKey publicKey) implements ProofStatement {
    }

    /** commitment-opening and linear-relation: the statement encoding the prover returned. */
    record Encoded(byte[] encoding) implements ProofStatement {
    }
}
