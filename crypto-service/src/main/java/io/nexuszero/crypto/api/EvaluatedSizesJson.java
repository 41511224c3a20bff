package io.nexuszero.crypto.api;

import java.util.Map;

/** Sizes of a candidate; proof and statement sizes per proof type and requested witness length ("1", "16", ...). */
public record EvaluatedSizesJson(int publicKeyBytes, int ciphertextBytes,
                                 Map<String, Map<String, Integer>> proofBytes,
                                 Map<String, Map<String, Integer>> statementBytes) {
}
