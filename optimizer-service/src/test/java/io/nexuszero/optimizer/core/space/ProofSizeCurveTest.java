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
    void stepShapedCurvesAnswerTheNextReportedSizeAsAnUpperBound() {
        // like commitment-opening: values are packed into ring elements, so the size grows in steps
        ProofSizeCurve steps = new ProofSizeCurve(Map.of(1, 6771L, 256, 6771L, 4096, 15891L));
        assertThat(steps.isAffine()).isFalse();
        assertThat(steps.bytesAt(100)).isEqualTo(6771);
        assertThat(steps.bytesAt(300)).isEqualTo(15891);
        assertThat(steps.isExactAt(300)).isFalse();
        assertThat(steps.isExactAt(4096)).isTrue();
        assertThat(affine.isExactAt(100)).isTrue();
    }

    @Test
    void serialisesAsAPlainLengthToBytesMap() throws Exception {
        ObjectMapper json = new ObjectMapper();
        String text = json.writeValueAsString(affine);
        assertThat(text).isEqualTo("{\"1\":1100,\"16\":2600,\"256\":26600}");
        assertThat(json.readValue(text, ProofSizeCurve.class)).isEqualTo(affine);
    }
}
