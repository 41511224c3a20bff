package io.nexuszero.crypto.engine.encryption;

import io.nexuszero.crypto.engine.keys.KeyGenerator;
import io.nexuszero.crypto.engine.keys.KeyPair;
import io.nexuszero.crypto.engine.packing.DecodingException;
import io.nexuszero.crypto.engine.params.LatticeParameters;
import io.nexuszero.crypto.engine.params.ParameterSet;
import io.nexuszero.crypto.engine.params.Presets;
import io.nexuszero.crypto.engine.sampling.Randomness;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PublicKeyEncryptionTest {

    private static final LatticeParameters NZ128 = Presets.NZ_128.parameters();

    @Test
    void randomMessagesOfEveryLengthRoundTripForEveryPreset() throws Exception {
        SplittableRandom random = new SplittableRandom(5);
        Randomness coins = Randomness.deterministic(new byte[] {5});
        for (ParameterSet preset : Presets.all()) {
            try (KeyPair pair = KeyGenerator.generate(preset.parameters(), new byte[32])) {
                for (int length = 0; length <= 32; length++) {
                    byte[] message = new byte[length];
                    random.nextBytes(message);
                    Ciphertext ct = PublicKeyEncryption.encrypt(pair.publicKey(), message, coins);
                    byte[] encoded = ct.encode();
                    assertThat(encoded).hasSize(Ciphertext.encodedLength(preset.parameters()));
                    Ciphertext decoded = Ciphertext.decode(preset.parameters(), encoded);
                    assertThat(PublicKeyEncryption.decrypt(pair.secretKey(), decoded)).isEqualTo(message);
                }
            }
        }
    }

    @Test
    void encryptionIsRandomisedAndDeterministicGivenCoins() {
        KeyPair pair = KeyGenerator.generate(NZ128, new byte[32]);
        byte[] message = "attack at dawn".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] coins = new byte[32];
        assertThat(PublicKeyEncryption.encrypt(pair.publicKey(), message, coins).encode())
            .isEqualTo(PublicKeyEncryption.encrypt(pair.publicKey(), message, coins).encode());
        assertThat(PublicKeyEncryption.encrypt(pair.publicKey(), message, Randomness.secure()).encode())
            .isNotEqualTo(PublicKeyEncryption.encrypt(pair.publicKey(), message, Randomness.secure()).encode());
        assertThatThrownBy(() -> PublicKeyEncryption.encrypt(pair.publicKey(), new byte[33], coins))
            .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void decryptionUnderAnotherKeyIsDetectedByThePadding() {
        KeyPair alice = KeyGenerator.generate(NZ128, new byte[32]);
        KeyPair bob = KeyGenerator.generate(NZ128, Arrays.copyOf(new byte[] {1}, 32));
        Ciphertext ct = PublicKeyEncryption.encrypt(alice.publicKey(), new byte[4], new byte[32]);
        assertThatThrownBy(() -> PublicKeyEncryption.decrypt(bob.secretKey(), ct))
            .isInstanceOf(DecryptionException.class).hasMessageContaining("well-formed");
    }

    @Test
    void ciphertextDecoderIsStrict() {
        KeyPair pair = KeyGenerator.generate(NZ128, new byte[32]);
        byte[] encoded = PublicKeyEncryption.encrypt(pair.publicKey(), new byte[] {1, 2, 3}, new byte[32]).encode();
        assertThatThrownBy(() -> Ciphertext.decode(NZ128, Arrays.copyOf(encoded, encoded.length + 1)))
            .isInstanceOf(DecodingException.class).hasMessageContaining("wrong length");
        byte[] badVersion = encoded.clone();
        badVersion[0] = 2;
        assertThatThrownBy(() -> Ciphertext.decode(NZ128, badVersion))
            .isInstanceOf(DecodingException.class).hasMessageContaining("version");
        byte[] badLength = encoded.clone();
        badLength[1] = 33;
        assertThatThrownBy(() -> Ciphertext.decode(NZ128, badLength))
            .isInstanceOf(DecodingException.class).hasMessageContaining("exceeds 32");
        byte[] unreduced = encoded.clone();
        unreduced[2] = (byte) 0xFF; // first coefficient of u_0 := 2^28 - 1 >= q
        unreduced[3] = (byte) 0xFF;
        unreduced[4] = (byte) 0xFF;
        unreduced[5] |= 0x0F;
        assertThatThrownBy(() -> Ciphertext.decode(NZ128, unreduced))
            .isInstanceOf(DecodingException.class).hasMessageContaining("not reduced");
        SplittableRandom random = new SplittableRandom(17);
        for (int trial = 0; trial < 300; trial++) { // single-byte mutations: refused, or decode to a canonical value
            byte[] mutated = encoded.clone();
            mutated[random.nextInt(mutated.length)] ^= (byte) (1 + random.nextInt(255));
            try {
                assertThat(Ciphertext.decode(NZ128, mutated).encode()).isEqualTo(mutated);
            } catch (DecodingException expected) {
                assertThat(expected.getMessage()).isNotBlank();
            }
        }
    }

    @Test
    void noiseToleranceMatchesTheDecoderExactly() {
        for (int q : new int[] {7681, 12289, 40961, 8380417, 268435313}) {
            io.nexuszero.crypto.engine.ring.Ring ring = io.nexuszero.crypto.engine.ring.Ring.of(256, q);
            long tolerance = MessageEncoding.noiseTolerance(q);
            for (int noise = -(int) tolerance; noise <= tolerance; noise++) {
                assertThat(decodesCorrectly(ring, noise)).as("q=%d noise=%d", q, noise).isTrue();
            }
            // T is tight: one more unit of noise breaks decoding for at least one sign
            assertThat(decodesCorrectly(ring, (int) tolerance + 1) && decodesCorrectly(ring, -(int) tolerance - 1))
                .as("q=%d", q).isFalse();
        }
    }

    private static boolean decodesCorrectly(io.nexuszero.crypto.engine.ring.Ring ring, int noise) {
        int q = ring.modulus();
        int half = (q + 1) / 2;
        boolean zeroOk = MessageEncoding.decodeBit(ring, ring.fromCentered(noise)) == 0;
        boolean oneOk = MessageEncoding.decodeBit(ring, (int) Math.floorMod((long) half + noise, q)) == 1;
        return zeroOk && oneOk;
    }

    /**
     * 100,000 encrypt/decrypt round trips at nz-128 with fixed seeds: no failure (the analysis says none can occur).
     * Four independent deterministic chunks run on the common pool, so the outcome does not depend on scheduling.
     */
    @Test
    void measuredFailureRateAtNz128IsZeroOverOneHundredThousandTrials() {
        KeyPair pair = KeyGenerator.generate(NZ128, new byte[32]);
        int chunks = 4;
        int trialsPerChunk = 25_000;
        long failures = java.util.stream.IntStream.range(0, chunks).parallel()
            .mapToLong(chunk -> countFailures(pair, chunk, trialsPerChunk)).sum();
        assertThat(failures).isZero();
    }

    private static long countFailures(KeyPair pair, int chunk, int trials) {
        Randomness randomness = Randomness.deterministic(new byte[] {'f', 'a', 'i', 'l', (byte) chunk});
        byte[] message = new byte[32];
        byte[] coins = new byte[32];
        long failures = 0;
        for (int trial = 0; trial < trials; trial++) {
            randomness.nextBytes(message);
            randomness.nextBytes(coins);
            Ciphertext ct = PublicKeyEncryption.encrypt(pair.publicKey(), message, coins);
            try {
                if (!Arrays.equals(PublicKeyEncryption.decrypt(pair.secretKey(), ct), message)) {
                    failures++;
                }
            } catch (DecryptionException e) {
                failures++;
            }
        }
        return failures;
    }
}
