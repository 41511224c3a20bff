package io.nexuszero.optimizer.core.space;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ProofSizeCurveTest {

    private final ProofSizeCurve affine = new ProofSizeCurve(Map.of(1, 1100L, 16, 2600L, 256, 26600L));

    @Test
    void answersExactlyAtReportedLengths() {
        assertThat(affine.bytesAt(1)).isEqualTo(1100);
        assertThat(affine.bytesAt(256)).isEqualTo(26600);
    }

    @Test
    void interpolatesBetweenAndTreatsLongerWitnessesAsUnsupported() {
        assertThat(affine.isAffine()).isTrue();
        assertThat(affine.supports(256)).isTrue();
        assertThat(affine.supports(257)).isFalse();
        assertThat(affine.bytesAt(8)).isEqualTo(1000 + 100 * 8);
        assertThat(affine.bytesAt(100)).isEqualTo(1000 + 100 * 100);
        assertThat(affine.bytesAt(4096)).isEqualTo(1000 + 100 * 4096);
    }

    @Test
    void detectsCurvesThatAreNotOneLineAndRoundsUp() {
        ProofSizeCurve bent = new ProofSizeCurve(Map.of(1, 10L, 2, 20L, 4, 41L));
        assertThat(bent.isAffine()).isFalse();
        assertThat(bent.bytesAt(3)).isEqualTo(31);   // 20 + 10.5 rounded up
    }

    @Test
    void serialisesAsAPlainLengthToBytesMap() throws Exception {
        ObjectMapper json = new ObjectMapper();
        String text = json.writeValueAsString(affine);
        assertThat(text).isEqualTo("{\"1\":1100,\"16\":2600,\"256\":26600}");
        assertThat(json.readValue(text, ProofSizeCurve.class)).isEqualTo(affine);
    }
}
