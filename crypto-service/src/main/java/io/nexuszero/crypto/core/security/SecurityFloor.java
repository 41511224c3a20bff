package io.nexuszero.crypto.core.security;

import io.nexuszero.crypto.api.EstimateJson;
import io.nexuszero.crypto.engine.params.LatticeParameters;
import io.nexuszero.crypto.engine.params.ParameterValidator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The validator's security rule as the API applies it to custom parameters: every hardness in
 * {@link ParameterSecurity} must reach {@value ParameterValidator#MINIMUM_SECURITY_BITS} core-SVP classical bits.
 */
public final class SecurityFloor implements ParameterValidator.SecurityRule {

    @Override
    public List<String> check(LatticeParameters parameters) {
        EstimateJson estimate = ParameterSecurity.estimate(parameters);
        List<String> reasons = new ArrayList<>();
        int floor = ParameterValidator.MINIMUM_SECURITY_BITS;
        if (estimate.mlwe().classicalBits() < floor) {
            reasons.add(String.format(Locale.ROOT, "security: Module-LWE (key and commitment hiding) is estimated "
                    + "at %.1f bits, below the %d-bit floor; raise rankL, eta or ringDegree",
                    estimate.mlwe().classicalBits(), floor));
        }
        if (estimate.msis().classicalBits() < floor) {
            reasons.add(String.format(Locale.ROOT, "security: Module-SIS (proof soundness and commitment binding, "
                    + "bound 2(gamma - challengeWeight*eta)) is estimated at %.1f bits, below the %d-bit floor; "
                    + "raise rankK or lower gamma", estimate.msis().classicalBits(), floor));
        }
        return reasons;
    }
}
