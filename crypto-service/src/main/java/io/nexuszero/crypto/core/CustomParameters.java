package io.nexuszero.crypto.core;

import io.nexuszero.crypto.api.CryptoErrors;
import io.nexuszero.common.errors.ApiException;
import io.nexuszero.crypto.api.ParametersJson;
import io.nexuszero.crypto.engine.params.LatticeParameters;
import io.nexuszero.crypto.engine.params.ParameterValidator;
import io.nexuszero.crypto.engine.params.ValidationResult;
import java.util.List;

/**
 * Client-supplied lattice parameters: complete, structurally valid (n a power of two, q prime and NTT-friendly,
 * bounds consistent) and estimated at least as hard as the engine's floor — or refused with every reason.
 */
public final class CustomParameters {

    private final ParameterValidator validator;

    public CustomParameters(ParameterValidator validator) {
        this.validator = validator;
    }

    /** The parameters, or the reasons ("; "-joined) they are refused. */
    public record Checked(LatticeParameters parameters, String reason) {
        public boolean valid() {
            return reason == null;
        }
    }

    public Checked check(ParametersJson json) {
        List<String> problems = ParametersMapping.problems(json);
        if (!problems.isEmpty()) {
            return new Checked(null, String.join("; ", problems));
        }
        LatticeParameters parameters = ParametersMapping.toEngine(json);
        ValidationResult result = validator.validate(parameters);
        return result.isValid() ? new Checked(parameters, null) : new Checked(null, result.message());
    }

    /** 422 invalid_parameters naming every broken rule. */
    public LatticeParameters require(ParametersJson json) {
        Checked checked = check(json);
        if (!checked.valid()) {
            throw ApiException.unprocessable(CryptoErrors.INVALID_PARAMETERS, "Invalid parameters: " + checked.reason());
        }
        return checked.parameters();
    }
}
