package io.nexuszero.crypto.engine.params;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The security floor for custom parameters: both the key's Module-LWE and the proof's Module-SIS (see
 * {@link SecurityAssessment}) must cost at least {@code minimumBits} core-SVP classical bits.
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
        SecurityAssessment assessment = SecurityAssessment.of(parameters);
        List<String> reasons = new ArrayList<>();
        double lweBits = assessment.keyModuleLwe().classicalBits();
        if (lweBits < minimumBits) {
            reasons.add(String.format(Locale.ROOT,
                "security: Module-LWE of the key is estimated at %.1f bits (%s attack, block size %d), below the "
                    + "%d-bit floor; raise rankL, eta or ringDegree", lweBits, assessment.keyModuleLwe().attack(),
                assessment.keyModuleLwe().beta(), minimumBits));
        }
        double sisBits = assessment.proofModuleSis().classicalBits();
        if (sisBits < minimumBits) {
            reasons.add(String.format(Locale.ROOT,
                "security: Module-SIS of the proofs (infinity-norm bound 2(gamma - challengeWeight * eta) = %d) is "
                    + "estimated at %.1f bits, below the %d-bit floor; raise rankK or lower gamma",
                2 * parameters.responseBound(), sisBits, minimumBits));
        }
        return reasons;
    }
}
