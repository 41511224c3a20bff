package io.nexuszero.crypto.engine.proof;

import io.nexuszero.crypto.engine.params.ParameterSet;
import io.nexuszero.crypto.engine.params.Presets;
import io.nexuszero.crypto.engine.ring.Poly;
import io.nexuszero.crypto.engine.ring.PolyVec;
import io.nexuszero.crypto.engine.sampling.ChallengeSampler;
import io.nexuszero.crypto.engine.sampling.Randomness;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Binding of the weak openings (r̄, c̄) the opening extractor yields (docs/CRYPTO.md, "commitment-opening"): a second
 * weak opening of the same commitment to another message needs a kernel vector x of A1 = [I | A1'] within the bound
 * 2(γ − τη). The generic one, x = (−A1'·u, u), has ‖x‖∞ ≈ q/2: it is a valid weak opening exactly when the bound
 * reaches q/2 — which a deliberately weak γ ≈ q/2 does, and the presets' γ (q/2000 … q/250) never does.
 */
class WeakOpeningBindingTest {

    /** The presets' ring with masks up to q/2: any R_q element is "short", so binding is void. */
    private static final ProofParameters NOT_BINDING =
        ProofParameters.of("toy-wide-masks", 256, 268435313, 2, 2, "cbd", 2, 23, (268435313 - 1) / 2 - 1);

    private record SecondOpening(boolean withinBound, boolean otherMessage) {
    }

    /** Builds a second weak opening r̄' = c̄·r + x of an honest commitment and checks it against the extractor's rules. */
    private static SecondOpening secondOpening(ProofParameters p) {
        Randomness randomness = Randomness.deterministic(new byte[] {61});
        CommitmentKey key = CommitmentKey.expand(p, 1);
        PolyVec r = Masking.shortVector(p, key.randomnessLength(), randomness);
        CommitmentKey.Commitment commitment = key.commit(CommitmentKey.messagePolynomials(p, new int[] {5}), r);
        Poly cBar = ChallengeSampler.sampleInBall(p.ring(), p.challengeWeight(), new byte[] {1})
            .subtract(ChallengeSampler.sampleInBall(p.ring(), p.challengeWeight(), new byte[] {2}));
        PolyVec first = r.multiplyPoly(cBar); // the honest weak opening (c̄·r, c̄) of message 5
        long wide = p.modulus() / 2;
        assertThat(key.a1Times(first, wide)).isEqualTo(commitment.t1().multiplyPoly(cBar));

        PolyVec u = Masking.masks(p, key.randomnessLength() - p.rankK(), randomness);
        PolyVec padded = PolyVec.zero(p.ring(), p.rankK()).concat(u);
        PolyVec kernel = key.a1Times(padded, wide).negate().concat(u); // A1·(−A1'·u, u) = 0
        assertThat(key.a1Times(kernel, wide)).isEqualTo(PolyVec.zero(p.ring(), p.rankK()));
        PolyVec second = first.add(kernel);
        assertThat(key.a1Times(second, wide)).isEqualTo(commitment.t1().multiplyPoly(cBar));
        // its message differs from 5 by A2·x·c̄⁻¹, non-zero exactly when A2·x is (c̄ is invertible)
        boolean otherMessage = !key.a2Times(kernel, wide).equals(PolyVec.zero(p.ring(), 1));
        return new SecondOpening(second.infinityNorm() <= 2L * p.responseBound(), otherMessage);
    }

    @Test
    void masksUpToHalfTheModulusLetACommitmentOpenToTwoMessages() {
        SecondOpening opening = secondOpening(NOT_BINDING);
        assertThat(opening.withinBound()).isTrue();
        assertThat(opening.otherMessage()).isTrue();
    }

    @Test
    void thePresetsBoundsExcludeTheGenericSecondOpening() {
        for (ParameterSet preset : Presets.all()) {
            SecondOpening opening = secondOpening(ProofParameters.of(preset));
            assertThat(opening.otherMessage()).as(preset.id()).isTrue();
            assertThat(opening.withinBound()).as(preset.id()).isFalse();
        }
    }
}
