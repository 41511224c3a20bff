package io.nexuszero.crypto.core.proofs;

import io.nexuszero.crypto.engine.proof.VerificationResult;
import io.nexuszero.crypto.engine.proof.codec.ProofDecodeException;
import java.util.List;

/** The closed set of verification failure reasons (the {@code reason} label of the failures metric). */
public final class VerificationReasons {

    /** A linear-relation statement proves another relation than the one the verifier named. */
    public static final String RELATION_MISMATCH = "relation_mismatch";
    /** A range statement proves other bounds than the ones the verifier named. */
    public static final String BOUNDS_MISMATCH = "bounds_mismatch";
    /** Anything the engine may add later; keeps the metric's label set closed. */
    public static final String OTHER = "other";

    public static final List<String> ALL = List.of(ProofDecodeException.MALFORMED,
            ProofDecodeException.WRONG_PARAMETER_SET, ProofDecodeException.NORM_EXCEEDED,
            ProofDecodeException.UNSUPPORTED_FORMAT, VerificationResult.CHALLENGE_MISMATCH,
            VerificationResult.CONTEXT_TOO_LONG, RELATION_MISMATCH, BOUNDS_MISMATCH, OTHER);

    private VerificationReasons() {
    }

    /** The metric label for an engine reason. */
    public static String label(String reason) {
        return ALL.contains(reason) ? reason : OTHER;
    }
}
