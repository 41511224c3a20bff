package io.nexuszero.crypto.core;

import io.nexuszero.crypto.api.EvaluatedSizesJson;
import io.nexuszero.crypto.api.PresetSizesJson;
import io.nexuszero.crypto.engine.encryption.Ciphertext;
import io.nexuszero.crypto.engine.keys.PublicKey;
import io.nexuszero.crypto.engine.params.LatticeParameters;
import io.nexuszero.crypto.engine.proof.ProofParameters;
import io.nexuszero.crypto.engine.proof.ProofSizes;
import io.nexuszero.crypto.engine.proof.ProofSystem;
import io.nexuszero.crypto.engine.proof.ProofSystems;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Exact encoded sizes from the engine's layouts (the same code that sizes real encodings). Beyond a type's encoding
 * cap (4096 values) the size continues the affine form of its first two lengths, so the optimizer's size curves
 * stay defined; maxWitnessLength says what can really be proven.
 */
public final class ParameterSizes {

    private ParameterSizes() {
    }

    /** Preset sizes: proof bytes per type at L = 1. */
    public static PresetSizesJson preset(ProofParameters p, LatticeParameters parameters) {
        Map<String, Integer> proofBytes = new LinkedHashMap<>();
        for (ProofSystem system : ProofSystems.all()) {
            proofBytes.put(system.type().wireName(), system.size(p, 1).proofBytes());
        }
        return new PresetSizesJson(PublicKey.encodedLength(parameters), Ciphertext.encodedLength(parameters),
                proofBytes);
    }

    /** Sizes at each witness length, for a validated candidate under the id "custom". */
    public static EvaluatedSizesJson evaluated(LatticeParameters parameters, List<Integer> witnessLengths) {
        ProofParameters p = ProofParameters.of(parameters);
        Map<String, Map<String, Integer>> proofBytes = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> statementBytes = new LinkedHashMap<>();
        Map<String, Integer> maxWitnessLength = new LinkedHashMap<>();
        for (ProofSystem system : ProofSystems.all()) {
            Map<String, Integer> proofs = new LinkedHashMap<>();
            Map<String, Integer> statements = new LinkedHashMap<>();
            for (int length : witnessLengths) {
                ProofSizes.ProofSize size = size(p, system, length);
                proofs.put(Integer.toString(length), size.proofBytes());
                statements.put(Integer.toString(length), size.statementBytes());
            }
            proofBytes.put(system.type().wireName(), proofs);
            statementBytes.put(system.type().wireName(), statements);
            if (system.takesValues()) { // lwe-secret proves a key: no witness length to limit
                maxWitnessLength.put(system.type().wireName(), system.maxValues(p));
            }
        }
        return new EvaluatedSizesJson(PublicKey.encodedLength(parameters), Ciphertext.encodedLength(parameters),
                proofBytes, statementBytes, maxWitnessLength);
    }

    /**
     * Expected prover attempts per proof type at each witness length (null where not finite in a double). Reported
     * for lengths above a type's maxWitnessLength too, so a caller sees why they are refused.
     */
    public static Map<String, Map<String, Double>> expectedAttempts(LatticeParameters parameters,
                                                                   List<Integer> witnessLengths) {
        ProofParameters p = ProofParameters.of(parameters);
        Map<String, Map<String, Double>> attempts = new LinkedHashMap<>();
        for (ProofSystem system : ProofSystems.all()) {
            Map<String, Double> byLength = new LinkedHashMap<>();
            for (int length : witnessLengths) {
                double expected = system.expectedAttempts(p, length);
                byLength.put(Integer.toString(length), Double.isFinite(expected) ? expected : null);
            }
            attempts.put(system.type().wireName(), byLength);
        }
        return attempts;
    }

    private static ProofSizes.ProofSize size(ProofParameters p, ProofSystem system, int length) {
        if (length <= system.maxEncodedValues()) {
            return system.size(p, length);
        }
        ProofSizes.ProofSize one = system.size(p, 1);
        ProofSizes.ProofSize two = system.size(p, 2);
        return new ProofSizes.ProofSize(one.proofBytes() + (length - 1) * (two.proofBytes() - one.proofBytes()),
                one.statementBytes() + (length - 1) * (two.statementBytes() - one.statementBytes()));
    }
}
