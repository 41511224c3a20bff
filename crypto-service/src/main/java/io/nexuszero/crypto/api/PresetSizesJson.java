package io.nexuszero.crypto.api;

import java.util.Map;

/** Encoded sizes at a preset; proofBytes per proof type, commitment proofs at L = 1. */
public record PresetSizesJson(int publicKeyBytes, int ciphertextBytes, Map<String, Integer> proofBytes) {
}
