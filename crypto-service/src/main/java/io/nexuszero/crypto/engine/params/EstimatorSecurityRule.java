package io.nexuszero.crypto.engine.params;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The security floor for custom parameters: every instance of {@link SecurityAssessment} (key Module-LWE, proof
 * Module-SIS, commitment hiding, opening knowledge and binding) must cost at least {@code minimumBits} core-SVP
 * classical bits.
 */
public final class EstimatorSecurityRule implements ParameterValidator.SecurityRule {

    private final int minimumBits;

    /** A rule with the given floor in core-SVP classical bits. */
    public EstimatorSecurityRule(int minimumBits) {
        this.minimumBits = minimumBits;
    }

    /** The engine's floor, {@value ParameterValidator#MINIMUM_SECURITY_BITS} bits. */
    public static EstimatorSecurityRule standard() {
        return new EstimatorSecurityRule(ParameterValidator.MINIMUM_SECURITY_BITS);
    }

    @Override
    public List<String> check(LatticeParameters parameters) {
        List<String> reasons = new ArrayList<>();
        for (SecurityAssessment.Hardness h : SecurityAssessment.of(parameters).all()) {
            if (h.classicalBits() < minimumBits) {
                reasons.add(String.format(Locale.ROOT, "security: %s is estimated at %.1f bits (block size %d), "
                    + "below the %d-bit floor; %s", h.name(), h.classicalBits(), h.beta(), minimumBits, hint(h)));
            }
        }
        return reasons;
    }

    private static String hint(SecurityAssessment.Hardness h) {
        return h.name().contains("LWE") ? "raise rankL, eta or ringDegree" : "raise rankK or lower gamma";
    }
}
