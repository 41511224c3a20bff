package io.nexuszero.crypto.core.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.nexuszero.crypto.api.EstimateJson;
import io.nexuszero.crypto.engine.params.LatticeParameters;
import io.nexuszero.crypto.engine.params.ParameterSet;
import io.nexuszero.crypto.engine.params.Presets;
import org.junit.jupiter.api.Test;

class ParameterSecurityTest {

    @Test
    void presetsReachTheirTargetsOnEveryLine() {
        for (ParameterSet preset : Presets.all()) {
            EstimateJson e = ParameterSecurity.estimate(preset.parameters());
            System.out.println(preset.id() + " " + e);
            int target = Presets.targetBits(preset);
            assertThat(e.classicalBits()).as(preset.id()).isGreaterThanOrEqualTo(target);
            assertThat(e.classicalBits()).isEqualTo(Math.min(e.mlwe().classicalBits(), e.msis().classicalBits()));
            assertThat(e.quantumBits()).isLessThan(e.classicalBits());
            assertThat(e.gateCountBits()).isGreaterThan(e.classicalBits());
        }
    }

    @Test
    void weakParametersFallBelowTheFloor() {
        LatticeParameters weak = new LatticeParameters(256, 8380417, 1, 1, "cbd", 2, 39, 262144);
        assertThat(new SecurityFloor().check(weak)).isNotEmpty().allMatch(reason -> reason.startsWith("security:"));
        assertThat(new SecurityFloor().check(Presets.NZ_128.parameters())).isEmpty();
    }
}
