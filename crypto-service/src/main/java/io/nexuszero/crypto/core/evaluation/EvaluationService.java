package io.nexuszero.crypto.core.evaluation;

import io.nexuszero.common.errors.ApiException;
import io.nexuszero.crypto.api.ApiLimits;
import io.nexuszero.crypto.api.CryptoErrors;
import io.nexuszero.crypto.api.EvaluateRequest;
import io.nexuszero.crypto.api.EvaluateResponse;
import io.nexuszero.crypto.api.EvaluationJson;
import io.nexuszero.crypto.api.ParametersJson;
import io.nexuszero.crypto.core.CustomParameters;
import io.nexuszero.crypto.core.ParameterSizes;
import io.nexuszero.crypto.core.security.SecurityReport;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * POST /v1/parameter-sets/evaluate: for each candidate, valid with its security estimate and exact sizes, or not
 * valid with every reason. A bad candidate is an answer, not an error; a bad request (too many candidates, witness
 * lengths out of range) is a 400.
 */
public final class EvaluationService {

    private final CustomParameters customParameters;

    public EvaluationService(CustomParameters customParameters) {
        this.customParameters = customParameters;
    }

    public EvaluateResponse evaluate(EvaluateRequest request) {
        List<ParametersJson> candidates = request.candidates();
        if (candidates == null) {
            throw CryptoErrors.missingField("candidates");
        }
        if (candidates.isEmpty()) {
            throw CryptoErrors.invalidValue("candidates", "must hold at least one candidate");
        }
        if (candidates.size() > ApiLimits.MAX_CANDIDATES) {
            throw ApiException.badRequest(CryptoErrors.TOO_MANY_CANDIDATES, "candidates holds at most "
                    + ApiLimits.MAX_CANDIDATES + " parameter sets (got " + candidates.size() + ")");
        }
        List<Integer> lengths = witnessLengths(request.witnessLengths());
        List<EvaluationJson> results = new ArrayList<>(candidates.size());
        for (ParametersJson candidate : candidates) {
            results.add(evaluate(candidate, lengths));
        }
        return new EvaluateResponse(results);
    }

    private EvaluationJson evaluate(ParametersJson candidate, List<Integer> lengths) {
        CustomParameters.Checked checked = customParameters.check(candidate);
        if (!checked.valid()) {
            return EvaluationJson.invalid(checked.reason(), candidate);
        }
        return new EvaluationJson(true, null, candidate, SecurityReport.estimate(checked.parameters()),
                ParameterSizes.evaluated(checked.parameters(), lengths),
                ParameterSizes.expectedAttempts(checked.parameters(), lengths));
    }

    private static List<Integer> witnessLengths(List<Integer> requested) {
        if (requested == null) {
            return List.of(1);
        }
        if (requested.isEmpty() || requested.size() > ApiLimits.MAX_WITNESS_LENGTHS) {
            throw CryptoErrors.invalidValue("witnessLengths", "must hold 1 to " + ApiLimits.MAX_WITNESS_LENGTHS
                    + " lengths");
        }
        LinkedHashSet<Integer> lengths = new LinkedHashSet<>();
        for (Integer length : requested) {
            if (length == null || length < 1) {
                throw CryptoErrors.invalidValue("witnessLengths", "entries must be at least 1");
            }
            if (length > ApiLimits.MAX_WITNESS_LENGTH) {
                throw ApiException.badRequest(CryptoErrors.WITNESS_TOO_LONG, "witnessLengths entries are at most "
                        + ApiLimits.MAX_WITNESS_LENGTH + " (got " + length + ")");
            }
            lengths.add(length);
        }
        return List.copyOf(lengths);
    }
}
