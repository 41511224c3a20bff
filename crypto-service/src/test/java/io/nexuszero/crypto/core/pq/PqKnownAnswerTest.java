package io.nexuszero.crypto.core.pq;

import static org.assertj.core.api.Assertions.assertThat;

import io.nexuszero.crypto.core.keys.KeyAlgorithm;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.SecretWithEncapsulation;
import org.bouncycastle.crypto.params.ParametersWithContext;
import org.bouncycastle.pqc.crypto.mldsa.MLDSAPrivateKeyParameters;
import org.bouncycastle.pqc.crypto.mldsa.MLDSASigner;
import org.bouncycastle.pqc.crypto.mlkem.MLKEMExtractor;
import org.bouncycastle.pqc.crypto.mlkem.MLKEMGenerator;
import org.bouncycastle.pqc.crypto.mlkem.MLKEMPrivateKeyParameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Known answers for the exact BouncyCastle calls the service makes (KeyService's seeded key generation,
 * SignatureService's signing, Hpke's encapsulation and key schedule), so that a dependency upgrade that changes any
 * output — which would silently change every derived key — fails the build. Expected values come from NIST ACVP,
 * RFC 9180, or an independent implementation (@noble/post-quantum 0.7.1 under Node, run once on 2026-12-06); none
 * was produced by the code under test.
 */
class PqKnownAnswerTest {

    private static final HexFormat HEX = HexFormat.of();

    private static byte[] hex(String text) {
        return HEX.parseHex(text.toLowerCase());
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static byte[] counting(int length) {
        byte[] out = new byte[length];
        for (int i = 0; i < length; i++) {
            out[i] = (byte) i;
        }
        return out;
    }

    private static Map<String, String> vector(String resource) throws IOException {
        Map<String, String> values = new HashMap<>();
        try (InputStream in = PqKnownAnswerTest.class.getResourceAsStream(resource)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.US_ASCII).split("\n")) {
                if (!line.startsWith("#") && line.contains("=")) {
                    values.put(line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1).trim());
                }
            }
        }
        return values;
    }

    /** NIST ACVP ML-KEM keyGen, ML-KEM-512 tcId 1 (v1.1.0.38): ek exactly, and H(ek) inside dk. */
    @Test
    void mlKemKeyGenMatchesAcvp() throws Exception {
        Map<String, String> v = vector("/kat/acvp-ml-kem-512-keygen-tc1.txt");
        byte[] seed = hex(v.get("d") + v.get("z"));
        MLKEMPrivateKeyParameters key = new MLKEMPrivateKeyParameters(PqAlgorithms.kem(KeyAlgorithm.ML_KEM_512), seed);
        assertThat(HEX.formatHex(key.getPublicKeyParameters().getEncoded())).isEqualToIgnoringCase(v.get("ek"));
        assertThat(HEX.formatHex(key.getHPK())).isEqualToIgnoringCase(v.get("hpk"));
        assertThat(key.getPublicKeyParameters().getEncoded()).hasSize(PqAlgorithms.kemPublicKeyBytes(
                KeyAlgorithm.ML_KEM_512));
    }

    /**
     * NIST ACVP ML-DSA keyGen, ML-DSA-44 tcId 1 (seed D713…5B5B): SHA-256 of the 1312-byte pk as published with
     * that vector (the same digest appears in several independent projects' copies of it).
     */
    @Test
    void mlDsaKeyGenMatchesAcvp() throws Exception {
        MLDSAPrivateKeyParameters key = new MLDSAPrivateKeyParameters(PqAlgorithms.signature(KeyAlgorithm.ML_DSA_44),
                hex("D71361C000F9A7BC99DFB425BCB6BB27C32C36AB444FF3708B2D93B4E66D5B5B"));
        byte[] pk = key.getPublicKeyParameters().getEncoded();
        assertThat(pk).hasSize(1312);
        assertThat(HEX.formatHex(pk, 0, 32)).isEqualTo(
                "b845fa2881407a59183071629b08223128116014fb58ff6bb4c8c9fe19cf5b0b");
        assertThat(sha256(pk)).isEqualTo("451a808c522218fadbdab146fc12004b0741c7d069f238f43ad77216159f6a34");
    }

    /**
     * Deterministic ML-DSA.Sign (rnd = 0³², context "kat context") of "nexuszero known answer" with the key of seed
     * 00 01 … 1f, exactly as SignatureService signs with {@code deterministic: true}; expected digests from noble.
     */
    @ParameterizedTest
    @CsvSource({
        "ML_DSA_44, 9f107644c1084526af3bc8098680b05499a2325a644e388fb4f970e058d19d46, "
                + "584e94005276a5476e0a0d3574f738b0742f90c166068afef5bc88d9e4197c28",
        "ML_DSA_65, d666806e11cee19a7c989f7445f90dd419cf4d2d51db8c0fdb4c0f0a542238c9, "
                + "e41932762cb14e8edcac66cd1a9f80ef5cb8c5ee07e0615103486aad6c32efec",
        "ML_DSA_87, 91dc389cfaa01470b7f66eee45a4ae9026d154817c754dfe22298b3fa241ffcd, "
                + "ad60e73720bc25a43f898799ecf6be716c4ae9a5ed280872b56ee0f5089e5c9d"})
    void deterministicSignaturesMatchAnIndependentImplementation(KeyAlgorithm algorithm, String pkSha256,
                                                                 String signatureSha256) throws Exception {
        MLDSAPrivateKeyParameters key = new MLDSAPrivateKeyParameters(PqAlgorithms.signature(algorithm),
                counting(32));
        byte[] pk = key.getPublicKeyParameters().getEncoded();
        assertThat(sha256(pk)).isEqualTo(pkSha256);
        byte[] message = "nexuszero known answer".getBytes(StandardCharsets.US_ASCII);
        byte[] context = "kat context".getBytes(StandardCharsets.US_ASCII);
        MLDSASigner signer = new MLDSASigner();
        signer.init(true, new ParametersWithContext(key, context));
        signer.update(message, 0, message.length);
        byte[] signature = signer.generateSignature();
        assertThat(signature).hasSize(PqAlgorithms.signatureBytes(algorithm));
        assertThat(sha256(signature)).isEqualTo(signatureSha256);
        assertThat(SignatureService.verify(algorithm, pk, message, context, signature)).isTrue();
        assertThat(SignatureService.verify(algorithm, pk, message, new byte[0], signature)).isFalse();
    }

    /**
     * ML-KEM.KeyGen_internal(d ‖ z = 00 01 … 3f) and ML-KEM.Encaps_internal(ek, m = ff fe … e0): ek and c digests and
     * the shared secret K, from noble; and decapsulation recovers K.
     */
    @ParameterizedTest
    @CsvSource({
        "ML_KEM_512, 3ae268dccc5456ac0d0f9b39257dc48fe081383b97c400512d712b739762daee, "
                + "0ec420cd82203ed041c73959eef238769ce154c503e1f1d26f3c0198bb703ab3, "
                + "54445ece362fcfa8dcd8a7c0b7f62f1cb0962fcfc68b1d85ae0e6331c1a23191",
        "ML_KEM_768, 0b7934c83125c788995e2ba6bd761e33046b3e40571be53e023309a29f398cc9, "
                + "090f7fa36cc47927b54f906d60ae5adb6b1b6a033b566ec9cb866edba8dfc9a1, "
                + "f2c2678a3be8ba85e9053a0eaffc557661d15f2742caaf272cd93770062b53ca",
        "ML_KEM_1024, c7b8fa0aa471d5ae18922d6ccad5b31e1d84f92ae723abfd13747018740a8530, "
                + "ae99a338bf6dff77d90d9fde49b74df551f151e10b6d247d4ceb555820bbec60, "
                + "323e526bcf53a6354dc3e74722383f34fc1aa2de0dc6af18378a9c25ec7d96a2"})
    void encapsulationMatchesAnIndependentImplementation(KeyAlgorithm algorithm, String ekSha256, String cSha256,
                                                         String sharedSecret) throws Exception {
        MLKEMPrivateKeyParameters key = new MLKEMPrivateKeyParameters(PqAlgorithms.kem(algorithm), counting(64));
        assertThat(sha256(key.getPublicKeyParameters().getEncoded())).isEqualTo(ekSha256);
        byte[] m = new byte[32];
        for (int i = 0; i < m.length; i++) {
            m[i] = (byte) (255 - i);
        }
        SecretWithEncapsulation encapsulated = new MLKEMGenerator(null)
                .internalGenerateEncapsulated(key.getPublicKeyParameters(), m);
        assertThat(encapsulated.getEncapsulation()).hasSize(PqAlgorithms.kemCiphertextBytes(algorithm));
        assertThat(sha256(encapsulated.getEncapsulation())).isEqualTo(cSha256);
        assertThat(HEX.formatHex(encapsulated.getSecret())).isEqualTo(sharedSecret);
        assertThat(HEX.formatHex(new MLKEMExtractor(key).extractSecret(encapsulated.getEncapsulation())))
                .isEqualTo(sharedSecret);
    }

    /**
     * RFC 9180 Appendix A.1.1 (DHKEM(X25519, HKDF-SHA256), HKDF-SHA256, AES-128-GCM, mode_base): the key schedule
     * is KEM-independent but for the id in suite_id, so Hpke's must give the RFC's key and base nonce from its
     * shared secret and info, and the first encryption's ciphertext.
     */
    @Test
    void keyScheduleMatchesRfc9180() throws Exception {
        byte[][] keyAndNonce = Hpke.keySchedule(0x0020, 0x0001, 16,
                hex("fe0e18c9f024ce43799ae393c7e8fe8fce9d218875e8227b0187c04e7d2ea1fc"),
                hex("4f6465206f6e2061204772656369616e2055726e"));
        assertThat(HEX.formatHex(keyAndNonce[0])).isEqualTo("4531685d41d65f03dc48f6b8302c05b0");
        assertThat(HEX.formatHex(keyAndNonce[1])).isEqualTo("56d890e5accaaf011cff4b7d");
        Cipher gcm = Cipher.getInstance("AES/GCM/NoPadding");
        gcm.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(keyAndNonce[0], "AES"),
                new GCMParameterSpec(128, keyAndNonce[1]));
        gcm.updateAAD(hex("436f756e742d30"));
        assertThat(HEX.formatHex(gcm.doFinal(hex("4265617574792069732074727574682c20747275746820626561757479"))))
                .isEqualTo("f938558b5d72f1a23810b4be2ab4f84331acc02fc97babc53a52ae8218a355a96d8770ac83d07bea87e13c512a");
    }

    /** The service's own seal and open agree, for both AEADs, and any other aad, info or AEAD fails to open. */
    @Test
    void sealAndOpenRoundTrip() throws Exception {
        MLKEMPrivateKeyParameters key = new MLKEMPrivateKeyParameters(PqAlgorithms.kem(KeyAlgorithm.ML_KEM_768),
                counting(64));
        byte[] plaintext = "hpke round trip".getBytes(StandardCharsets.US_ASCII);
        for (Hpke.Aead aead : Hpke.Aead.values()) {
            Hpke.Sealed sealed = Hpke.seal(KeyAlgorithm.ML_KEM_768, key.getPublicKeyParameters(), aead,
                    new byte[] {1}, new byte[] {2}, plaintext, new java.security.SecureRandom());
            assertThat(Hpke.open(KeyAlgorithm.ML_KEM_768, key, aead, new byte[] {1}, new byte[] {2},
                    sealed.encapsulatedKey(), sealed.ciphertext())).isEqualTo(plaintext);
            Hpke.Aead other = aead == Hpke.Aead.AES_256_GCM ? Hpke.Aead.CHACHA20_POLY1305 : Hpke.Aead.AES_256_GCM;
            for (Runnable wrong : new Runnable[] {
                () -> open(key, aead, new byte[] {9}, new byte[] {2}, sealed),
                () -> open(key, aead, new byte[] {1}, new byte[] {9}, sealed),
                () -> open(key, other, new byte[] {1}, new byte[] {2}, sealed)}) {
                org.assertj.core.api.Assertions.assertThatThrownBy(wrong::run)
                        .hasCauseInstanceOf(Hpke.OpenFailed.class);
            }
        }
    }

    private static void open(MLKEMPrivateKeyParameters key, Hpke.Aead aead, byte[] info, byte[] aad,
                             Hpke.Sealed sealed) {
        try {
            Hpke.open(KeyAlgorithm.ML_KEM_768, key, aead, info, aad, sealed.encapsulatedKey(), sealed.ciphertext());
        } catch (Hpke.OpenFailed e) {
            throw new IllegalStateException(e);
        }
    }
}
