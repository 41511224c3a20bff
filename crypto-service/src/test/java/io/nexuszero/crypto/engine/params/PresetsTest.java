package io.nexuszero.crypto.engine.params;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The documented properties of the presets (docs/CRYPTO.md, "Parameter presets") hold for the data in Presets. */
class PresetsTest {

    private static double log2Binomial(int n, int k) {
        double r = 0;
        for (int i = 1; i <= k; i++) {
            r += Math.log((double) (n - k + i) / i);
        }
        return r / Math.log(2);
    }

    @Test
    void keyModuleLweAndProofModuleSisReachTheTarget() {
        for (ParameterSet preset : Presets.all()) {
            SecurityAssessment assessment = SecurityAssessment.of(preset.parameters());
            int target = Presets.targetBits(preset);
            assertThat(assessment.keyModuleLwe().classicalBits()).as(preset.id() + " MLWE").isGreaterThanOrEqualTo(target);
            assertThat(assessment.proofModuleSis().classicalBits()).as(preset.id() + " MSIS").isGreaterThanOrEqualTo(target);
            for (SecurityAssessment.Hardness h : assessment.all()) {
                assertThat(h.classicalBits()).as(preset.id() + " " + h.name()).isGreaterThanOrEqualTo(target);
            }
            assertThat(assessment.classicalBits()).isGreaterThanOrEqualTo(target);
        }
    }

    @Test
    void challengeSpaceReachesTheTarget() {
        for (ParameterSet preset : Presets.all()) {
            LatticeParameters p = preset.parameters();
            double log2Challenges = log2Binomial(p.ringDegree(), p.challengeWeight()) + p.challengeWeight();
            assertThat(log2Challenges).as(preset.id()).isGreaterThanOrEqualTo(Presets.targetBits(preset));
        }
    }

    @Test
    void expectedProofRepetitionsStaySmall() {
        for (ParameterSet preset : Presets.all()) {
            LatticeParameters p = preset.parameters();
            // per masked coefficient, Pr[accept] = (2(γ − τη) + 1) / (2γ + 1); (k + l)·n masked coefficients
            double perCoefficient = (2.0 * p.responseBound() + 1) / (2.0 * p.gamma() + 1);
            double expectedAttempts = Math.pow(perCoefficient, -(double) (p.rankK() + p.rankL()) * p.ringDegree());
            assertThat(expectedAttempts).as(preset.id()).isBetween(1.0, 3.0);
        }
    }

    @Test
    void parameterEncodingIsFixedLengthAndInjectiveOnPresets() {
        assertThat(ParameterEncoding.encode(Presets.NZ_128.parameters())).hasSize(ParameterEncoding.LENGTH)
            .isEqualTo(new byte[] {0, 1, 1, (byte) 0xE0, 0x7F, 0, 5, 5, 0, 2, 39, 0, 0, 0, 4, 0});
        assertThat(ParameterEncoding.encode(Presets.NZ_192.parameters()))
            .isNotEqualTo(ParameterEncoding.encode(Presets.NZ_256.parameters()));
    }
}
