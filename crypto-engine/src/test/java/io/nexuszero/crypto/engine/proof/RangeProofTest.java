package io.nexuszero.crypto.engine.proof;

import io.nexuszero.crypto.engine.params.Presets;
import io.nexuszero.crypto.engine.sampling.Randomness;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RangeProofTest {

    private static final byte[] CONTEXT = {5, 5};
    private static final BigInteger MAX_U64 = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    @Test
    void aSixtyFourBitRangeProofVerifiesAtEveryPreset() {
        Randomness randomness = Randomness.deterministic(new byte[] {40});
        for (var set : Presets.all()) {
            ProofParameters p = ProofParameters.of(set);
            RangeBounds bounds = RangeBounds.shared(BigInteger.ZERO, MAX_U64);
            ProofResult result = RangeProof.commitAndProve(p, new BigInteger[] {BigInteger.valueOf(1234567)}, bounds,
                    CONTEXT, randomness);
            assertThat(result.proof()).hasSize(RangeProof.proofLength(p, 1));
            assertThat(result.statement()).hasSize(RangeProof.statementLength(p, 1, true));
            assertThat(RangeProof.verify(p, result.statement(), CONTEXT, result.proof()).valid()).isTrue();
            assertThat(RangeProof.verify(p, result.statement(), new byte[] {1}, result.proof()).valid()).isFalse();
            System.out.println(set.id() + " proof " + result.proof().length + " statement " + result.statement().length
                    + " attempts " + result.attempts() + " max " + RangeProof.maxValues(p));
        }
    }

    @Test
    void outOfRangeIsRefusedNamingThePosition() {
        ProofParameters p = ProofParameters.of(Presets.NZ_128);
        RangeBounds bounds = RangeBounds.shared(BigInteger.valueOf(18), BigInteger.valueOf(130));
        assertThatThrownBy(() -> RangeProof.commitAndProve(p,
                new BigInteger[] {BigInteger.valueOf(20), BigInteger.valueOf(17)}, bounds, CONTEXT,
                Randomness.deterministic(new byte[] {1})))
                .isInstanceOf(RangeProof.ValueOutOfRangeException.class)
                .hasMessage("value 1 is outside its bounds");
    }
}
