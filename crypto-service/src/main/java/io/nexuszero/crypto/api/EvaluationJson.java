package io.nexuszero.crypto.api;

import java.util.Map;

/**
 * One candidate's evaluation: valid with estimate, sizes and the exact expected prover attempts per proof type and
 * witness length (null where astronomically large), or not valid with the reason (the rest null).
 */
public record EvaluationJson(boolean valid, String reason, ParametersJson parameters, EstimateJson estimate,
                             EvaluatedSizesJson sizes, Map<String, Map<String, Double>> expectedAttempts) {

    public static EvaluationJson invalid(String reason, ParametersJson parameters) {
        return new EvaluationJson(false, reason, parameters, null, null, null);
    }
}
