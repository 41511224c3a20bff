package io.nexuszero.crypto.engine.sampling;

import org.bouncycastle.util.encoders.Hex;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AesCtrStreamTest {

    /** NIST SP 800-38A, F.5.5 CTR-AES256.Encrypt: keystream ⊕ plaintext = ciphertext, read in uneven pieces. */
    @Test
    void reproducesSp80038aCtrAes256() {
        byte[] key = Hex.decode("603deb1015ca71be2b73aef0857d77811f352c073b6108d72d9810a30914dff4");
        byte[] counter = Hex.decode("f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff");
        byte[] plaintext = Hex.decode("6bc1bee22e409f96e93d7e117393172aae2d8a571e03ac9c9eb76fac45af8e51"
                + "30c81c46a35ce411e5fbc1191a0a52eff69f2445df4f9b17ad2b417be66c3710");
        byte[] ciphertext = Hex.decode("601ec313775789a5b7a7f504bbf3d228f443e3ca4d62b59aca84e990cacaf5c5"
                + "2b0930daa23de94ce87017ba2d84988ddfc9c58db67aada613c2dd08457941a6");
        AesCtrStream stream = AesCtrStream.of(key, counter);
        byte[] first = new byte[21];
        byte[] second = new byte[43];
        stream.fill(first);
        stream.fill(second);
        byte[] keystream = new byte[64];
        System.arraycopy(first, 0, keystream, 0, 21);
        System.arraycopy(second, 0, keystream, 21, 43);
        for (int i = 0; i < 64; i++) {
            keystream[i] ^= plaintext[i];
        }
        assertThat(keystream).isEqualTo(ciphertext);
    }

    @Test
    void seedsAreExactly32Bytes() {
        assertThatThrownBy(() -> AesCtrStream.fromSeed(new byte[16])).isInstanceOf(IllegalArgumentException.class);
        byte[] a = new byte[100];
        byte[] b = new byte[100];
        AesCtrStream.fromSeed(new byte[32]).fill(a);
        AesCtrStream.fromSeed(new byte[32]).fill(b);
        assertThat(a).isEqualTo(b).isNotEqualTo(new byte[100]);
    }
}
