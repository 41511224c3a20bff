package io.nexuszero.crypto.api;

import java.util.Map;

/**
 * Sizes of a candidate: proof and statement sizes per proof type and requested witness length ("1", "16", ...),
 * and the largest witness length each commitment proof type can actually prove at these parameters (the rejection
 * sampling cap): sizes above it follow the same encoding layout but such proofs are refused.
 */
public record EvaluatedSizesJson(int publicKeyBytes, int ciphertextBytes,
                                 Map<String, Map<String, Integer>> proofBytes,
                                 Map<String, Map<String, Integer>> statementBytes,
                                 Map<String, Integer> maxWitnessLength) {
}
