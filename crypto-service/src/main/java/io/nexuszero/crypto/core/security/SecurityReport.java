package io.nexuszero.crypto.core.security;

import io.nexuszero.crypto.api.EstimateJson;
import io.nexuszero.crypto.api.HardnessJson;
import io.nexuszero.crypto.engine.params.LatticeParameters;
import io.nexuszero.crypto.engine.params.SecurityAssessment;

import java.util.LinkedHashMap;
import java.util.Map;

/** The engine's {@link SecurityAssessment} as the API reports it: every hardness by name, the weakest on top. */
public final class SecurityReport {

    /** Reported in place of an infinite cost (no attack up to the full dimension): JSON has no infinity. */
    static final double NO_ATTACK_BITS = 10_000;

    private SecurityReport() {
    }

    /** For structurally valid parameters. */
    public static EstimateJson estimate(LatticeParameters p) {
        SecurityAssessment assessment = SecurityAssessment.of(p);
        Map<String, HardnessJson> hardness = new LinkedHashMap<>();
        for (SecurityAssessment.Hardness h : assessment.all()) {
            hardness.put(h.key(), json(h));
        }
        SecurityAssessment.Hardness weakest = assessment.weakest();
        return new EstimateJson(weakest.beta(), finite(weakest.classicalBits()), finite(assessment.quantumBits()),
            finite(weakest.gateCountBits()), weakest.key(), finite(assessment.soundnessBits()), hardness);
    }

    private static HardnessJson json(SecurityAssessment.Hardness h) {
        return new HardnessJson(h.beta(), finite(h.classicalBits()), finite(h.quantumBits()),
            finite(h.gateCountBits()));
    }

    private static double finite(double bits) {
        return Double.isFinite(bits) ? Math.round(Math.min(bits, NO_ATTACK_BITS) * 10) / 10.0 : NO_ATTACK_BITS;
    }
}
