package io.nexuszero.crypto.engine.params;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The security floor for custom parameters — the one security rule, used by the engine and the API: every instance
 * of {@link SecurityAssessment} (key Module-LWE, commitment hiding and binding, proof and opening knowledge Module-SIS,
 * the challenges' soundness error) must reach {@code minimumBits} classical bits.
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
                String cost = h.beta() > 0 ? String.format(Locale.ROOT, " (block size %d)", h.beta()) : "";
                reasons.add(String.format(Locale.ROOT, "security: %s is estimated at %.1f bits%s, below the %d-bit "
                    + "floor; %s", h.name(), h.classicalBits(), cost, minimumBits, hint(h)));
            }
        }
        return reasons;
    }

    private static String hint(SecurityAssessment.Hardness h) {
        return switch (h.key()) {
            case "keyModuleLwe", "commitmentHiding" -> "raise rankL, eta or ringDegree";
            case "soundness", "linearRelationSoundness", "rangeSoundness" ->
                "raise challengeWeight (the challenge space C(n, tau)*2^tau is too small)";
            case "commitmentBinding" -> "raise rankK or modulus, or lower gamma or challengeWeight";
            default -> "raise rankK or lower gamma";
        };
    }
}
