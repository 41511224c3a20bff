package io.nexuszero.crypto.engine.proof;

import io.nexuszero.crypto.engine.params.LatticeParameters;
import io.nexuszero.crypto.engine.params.ParameterSet;
import io.nexuszero.crypto.engine.params.ParameterValidator;
import io.nexuszero.crypto.engine.params.Presets;
import io.nexuszero.crypto.engine.params.Soundness;
import io.nexuszero.crypto.engine.sampling.Randomness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cheating provers of {@link SlotForgery} against every proof type: they forge false statements on deliberately
 * weak parameters (so these tests can fail) and fail on the presets with far more hashes than the weak sets need.
 */
class OneSlotAttackTest {

    /** X^256 + 1 splits completely mod 12289: one factor has only q elements, so ~q hashes forge. */
    private static final ProofParameters FULLY_SPLITTING = TestParameters.SMALL;
    /** The presets' ring (invertible challenge differences) with τ = 1: |C| = 512, so guessing the challenge works. */
    private static final ProofParameters TINY_CHALLENGE_SPACE =
        ProofParameters.of("toy-tau1", 256, 268435313, 1, 1, "uniform", 1, 1, 1 << 16);
    /** Enough for either weak set many times over (expected ~2q ≈ 25 000 and ~2·512 hashes). */
    private static final long WEAK_BUDGET = 400_000;
    /** On the presets: more hashes than the fully splitting set needs on average; success chance ≤ 2^16 / 2^131. */
    private static final long PRESET_BUDGET = 1 << 16;

    interface Attack {
        Optional<SlotForgery.Forgery> run(ProofParameters p, long budget, Randomness randomness);
    }

    static Stream<Attack> attacks() {
        return Stream.of(SlotForgery::lweSecret, SlotForgery::commitmentOpening, SlotForgery::linearRelation);
    }

    @ParameterizedTest
    @MethodSource("attacks")
    void forgesWhenXnPlusOneSplitsCompletely(Attack attack) {
        Optional<SlotForgery.Forgery> forgery = attack.run(FULLY_SPLITTING, WEAK_BUDGET, seeded(1));
        assertThat(forgery).as("one-slot forgery at q = 12289").isPresent();
        assertThat(Soundness.differencesInvertible(256, FULLY_SPLITTING.modulus())).isFalse();
    }

    @ParameterizedTest
    @MethodSource("attacks")
    void forgesWhenTheChallengeSpaceIsTiny(Attack attack) {
        Optional<SlotForgery.Forgery> forgery = attack.run(TINY_CHALLENGE_SPACE, WEAK_BUDGET, seeded(2));
        assertThat(forgery).as("challenge-guessing forgery at tau = 1").isPresent();
        assertThat(forgery.get().hashes()).isLessThan(50_000);
    }

    @ParameterizedTest
    @MethodSource("attacks")
    void failsOnEveryPreset(Attack attack) {
        for (ParameterSet preset : Presets.all()) {
            long budget = preset == Presets.NZ_128 ? PRESET_BUDGET : PRESET_BUDGET / 8;
            assertThat(attack.run(ProofParameters.of(preset), budget, seeded(3))).as(preset.id()).isEmpty();
        }
    }

    @Test
    void theValidatorRefusesBothWeakSets() {
        ParameterValidator validator = ParameterValidator.standard();
        assertThat(validator.validate(lattice(FULLY_SPLITTING)).reasons())
            .anySatisfy(reason -> assertThat(reason).startsWith("modulus:").contains("invertible"));
        assertThat(validator.validate(lattice(TINY_CHALLENGE_SPACE)).reasons())
            .anySatisfy(reason -> assertThat(reason).contains("soundness").contains("challengeWeight"));
    }

    private static LatticeParameters lattice(ProofParameters p) {
        return new LatticeParameters(p.degree(), p.modulus(), p.rankK(), p.rankL(), p.secretDistribution().wireName(),
            p.eta(), p.challengeWeight(), p.gamma());
    }

    private static Randomness seeded(int seed) {
        return Randomness.deterministic(new byte[] {(byte) seed, 42});
    }
}
