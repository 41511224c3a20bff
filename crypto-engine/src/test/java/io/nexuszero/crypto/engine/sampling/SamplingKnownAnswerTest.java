package io.nexuszero.crypto.engine.sampling;

import io.nexuszero.crypto.engine.ring.Poly;
import io.nexuszero.crypto.engine.ring.Ring;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The project's own known-answer vectors: SHA-256 of the sampled coefficients (4-byte little-endian signed ints) for
 * fixed seeds. The expected digests were produced by an independent Python implementation of the same definitions
 * (hashlib SHAKE), so they pin the byte-level specification, not just this code's past behaviour.
 */
class SamplingKnownAnswerTest {

    private static final Ring RING = Ring.of(256, 8380417);
    private static final byte[] SEED = filled((byte) 0x42);

    private static byte[] filled(byte b) {
        byte[] s = new byte[32];
        Arrays.fill(s, b);
        return s;
    }

    static String digest(int[] values) throws Exception {
        ByteBuffer buffer = ByteBuffer.allocate(4 * values.length).order(ByteOrder.LITTLE_ENDIAN);
        for (int v : values) {
            buffer.putInt(v);
        }
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(buffer.array()));
    }

    @Test
    void uniformMatrixEntry() throws Exception {
        byte[] rho = new byte[32];
        for (int i = 0; i < 32; i++) {
            rho[i] = (byte) i;
        }
        Poly a12 = UniformSampler.uniformNtt(RING, rho, 1, 2);
        assertThat(a12.isNtt()).isTrue();
        assertThat(digest(a12.values())).isEqualTo("6a3bb04ad030849ac9ba4b0b04405aad19dfbcfba2b16ed14c1e39602186db56");
        assertThat(UniformSampler.expandMatrix(RING, rho, 2, 3).get(1, 2)).isEqualTo(a12);
    }

    @Test
    void centeredBinomial() throws Exception {
        assertThat(digest(CbdSampler.sample(RING, 2, SEED, 7).centered()))
            .isEqualTo("22099531c1ea6950f2489ad9ac118e7dc900f7317a28e62c07bf3db47d23c0cf");
        assertThat(digest(CbdSampler.sample(RING, 4, SEED, 300).centered()))
            .isEqualTo("472315fb23e7ea012cf081bb3cdde0d9a228511b91a5cd23dd3ed251ec4cf718");
    }

    @Test
    void boundedUniform() throws Exception {
        assertThat(digest(BoundedSampler.sample(RING, 2, SEED, 7).centered()))
            .isEqualTo("28b3546e6e29a85cc95466402f26d62b6290f44bd6fa5d85df7fdf589f4842db");
        assertThat(digest(BoundedSampler.sample(RING, 1 << 17, SEED, 9).centered()))
            .isEqualTo("b0d05bf00897c329dfc1a6f52fd6b53c18c0aa0638e32c9d0891bc410ec128a2");
    }

    @Test
    void challenge() throws Exception {
        assertThat(digest(ChallengeSampler.sampleInBall(RING, 39, SEED).centered()))
            .isEqualTo("0de6be129e95e8705bf8d53f6bf72e70c4f9da872a9c4c8e5454743fd4334529");
    }

    @Test
    void deterministicRandomness() {
        assertThat(HexFormat.of().formatHex(Randomness.deterministic(SEED).nextBytes(64))).isEqualTo(
            "fe63b399ecd63ff854dc65cc4f7c8fb648327221e3ad0cda2cc360786850b582"
                + "bb483bfa635ab9171c4c96e1056489d50e45c21e1ddd025d311b741f890ce2cf");
        Randomness split = Randomness.deterministic(SEED);
        byte[] first = split.nextBytes(10);
        byte[] rest = split.nextBytes(54);
        byte[] whole = Randomness.deterministic(SEED).nextBytes(64);
        assertThat(Arrays.copyOfRange(whole, 0, 10)).isEqualTo(first);
        assertThat(Arrays.copyOfRange(whole, 10, 64)).isEqualTo(rest);
        assertThat(Randomness.secure().nextBytes(32)).isNotEqualTo(Randomness.secure().nextBytes(32));
    }
}
