package io.nexuszero.crypto.api;

/** One candidate's evaluation: valid with estimate and sizes, or not valid with the reason (estimate, sizes null). */
public record EvaluationJson(boolean valid, String reason, ParametersJson parameters, EstimateJson estimate,
                             EvaluatedSizesJson sizes) {

    public static EvaluationJson invalid(String reason, ParametersJson parameters) {
        return new EvaluationJson(false, reason, parameters, null, null);
    }
}
