package io.nexuszero.crypto.engine.proof;

import io.nexuszero.crypto.engine.keys.KeyGenerator;
import io.nexuszero.crypto.engine.keys.KeyPair;
import io.nexuszero.crypto.engine.params.ParameterSet;
import io.nexuszero.crypto.engine.params.Presets;
import io.nexuszero.crypto.engine.sampling.Randomness;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The three proofs through the API entry points (ParameterSet, PublicKey, SecretKey) at every preset. */
class PresetProofsTest {

    @Test
    void lweSecretProofsVerifyAtEveryPreset() {
        Randomness randomness = Randomness.deterministic(new byte[] {60});
        Random contexts = new Random(60);
        for (ParameterSet preset : Presets.all()) {
            for (int i = 0; i < 120; i++) {
                try (KeyPair keys = KeyGenerator.generate(preset.parameters(), randomness)) {
                    byte[] context = new byte[contexts.nextInt(100)];
                    contexts.nextBytes(context);
                    ProofResult result = LweSecretProof.prove(preset, keys.publicKey(), keys.secretKey(), context,
                            randomness);
                    assertThat(result.proof()).hasSize(ProofSizes.of(preset, ProofType.LWE_SECRET, 0).proofBytes());
                    assertThat(LweSecretProof.verify(preset, keys.publicKey(), context, result.proof()))
                            .as("%s instance %d", preset.id(), i).isEqualTo(new VerificationResult(true, "ok"));
                }
            }
        }
    }

    @Test
    void aKeyOrProofOfAnotherPresetIsRefused() {
        Randomness randomness = Randomness.deterministic(new byte[] {61});
        try (KeyPair keys128 = KeyGenerator.generate(Presets.NZ_128.parameters(), randomness);
             KeyPair keys192 = KeyGenerator.generate(Presets.NZ_192.parameters(), randomness)) {
            byte[] proof = LweSecretProof.prove(Presets.NZ_128, keys128.publicKey(), keys128.secretKey(),
                    new byte[0], randomness).proof();
            assertThat(LweSecretProof.verify(Presets.NZ_192, keys128.publicKey(), new byte[0], proof).reason())
                    .isEqualTo("wrong_parameter_set");
            assertThat(LweSecretProof.verify(Presets.NZ_192, keys192.publicKey(), new byte[0], proof).reason())
                    .isEqualTo("wrong_parameter_set");
            assertThatThrownBy(() -> LweSecretProof.prove(Presets.NZ_192, keys128.publicKey(), keys128.secretKey(),
                    new byte[0], randomness)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> LweSecretProof.prove(Presets.NZ_192, keys192.publicKey(), keys128.secretKey(),
                    new byte[0], randomness)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void commitmentProofsVerifyAtEveryPresetUpToTheMaximumLength() {
        Randomness randomness = Randomness.deterministic(new byte[] {62});
        Random random = new Random(62);
        for (ParameterSet preset : Presets.all()) {
            ProofParameters p = ProofParameters.of(preset);
            assertThat(CommitmentOpeningProof.maxValues(p)).isEqualTo(CommitmentOpeningProof.MAX_VALUES);
            for (int count : new int[] {1, 64, 1024, 4096}) {
                long[] values = CommitmentOpeningProofTest.randomValues(p, count, random);
                ProofResult result = CommitmentOpeningProof.commitAndProve(preset, values, new byte[] {1}, randomness);
                assertThat(result.proof()).hasSize(ProofSizes.of(preset, ProofType.COMMITMENT_OPENING, count)
                        .proofBytes());
                assertThat(CommitmentOpeningProof.verify(preset, result.statement(), new byte[] {1}, result.proof())
                        .valid()).as("%s L=%d", preset.id(), count).isTrue();
            }
            for (int j : new int[] {1, 3, 64, 1024}) {
                LinearRelationProofTest.Instance instance = LinearRelationProofTest.Instance.random(p, j, random);
                ProofResult result = LinearRelationProof.commitAndProve(preset, instance.values(),
                        instance.coefficients(), instance.constant(), new byte[] {2}, randomness);
                assertThat(LinearRelationProof.verify(preset, result.statement(), new byte[] {2}, result.proof())
                        .valid()).as("%s j=%d", preset.id(), j).isTrue();
            }
        }
    }
}
