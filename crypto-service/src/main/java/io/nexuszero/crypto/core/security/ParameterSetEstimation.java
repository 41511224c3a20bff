package io.nexuszero.crypto.core.security;

import io.nexuszero.crypto.api.CryptoErrors;
import io.nexuszero.common.errors.ApiException;
import io.nexuszero.crypto.api.ParameterSecurityResponse;
import io.nexuszero.crypto.api.SecurityEstimateRequest;
import io.nexuszero.crypto.core.CustomParameters;
import io.nexuszero.crypto.core.ParameterSets;
import io.nexuszero.crypto.core.ParametersMapping;
import io.nexuszero.crypto.engine.params.LatticeParameters;
import io.nexuszero.crypto.engine.params.ParameterSet;

/** POST /v1/security/estimate for a preset or custom parameters: the engine's security rule, every hardness listed. */
public final class ParameterSetEstimation {

    private final ParameterSets parameterSets;
    private final CustomParameters customParameters;

    public ParameterSetEstimation(ParameterSets parameterSets, CustomParameters customParameters) {
        this.parameterSets = parameterSets;
        this.customParameters = customParameters;
    }

    /** 400 conflicting_fields for a mix of modes; 422 invalid_parameters for custom parameters the validator refuses. */
    public ParameterSecurityResponse estimate(SecurityEstimateRequest request) {
        if (request.hasLweFields() || (request.parameterSet() != null && request.parameters() != null)) {
            throw ApiException.badRequest(CryptoErrors.CONFLICTING_FIELDS,
                "Give an LWE instance (n, q, secretSigma, errorSigma, m), parameterSet or parameters, not a mix");
        }
        if (request.parameterSet() != null) {
            ParameterSet preset = parameterSets.require("parameterSet", request.parameterSet());
            return response(preset.id(), preset.parameters());
        }
        return response(null, customParameters.require(request.parameters()));
    }

    private static ParameterSecurityResponse response(String id, LatticeParameters parameters) {
        return new ParameterSecurityResponse(id, ParametersMapping.toJson(parameters),
            SecurityReport.estimate(parameters));
    }
}
