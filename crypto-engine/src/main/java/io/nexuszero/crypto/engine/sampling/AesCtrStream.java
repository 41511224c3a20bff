package io.nexuszero.crypto.engine.sampling;

import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.security.GeneralSecurityException;

/**
 * The AES-256-CTR keystream of a 32-byte seed (initial counter block zero): the expander of the provers' masks, as in
 * the AES variant of round-3 Dilithium. Why not SHAKE like everything else: masks are the provers' largest consumer of
 * pseudorandom bytes (about 10 KB per attempt at nz-128), and the JDK's AES-CTR runs on the CPU's AES instructions
 * (AES-NI, ARMv8 Crypto) at well under a nanosecond per byte, against about three for SHAKE here; those instructions
 * are also constant-time, unlike table-based AES. Only the mask stream uses it; every hash and every public sampler
 * stays SHAKE. Not thread-safe; one stream per mask seed.
 */
public final class AesCtrStream {

    private final Cipher cipher;

    private AesCtrStream(byte[] key, byte[] initialCounter) {
        try {
            this.cipher = Cipher.getInstance("AES/CTR/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new IvParameterSpec(initialCounter));
        } catch (GeneralSecurityException e) {
            // AES/CTR/NoPadding is a mandatory JDK algorithm: its absence is a broken runtime, not bad input
            throw new IllegalStateException("the JDK has no AES/CTR/NoPadding", e);
        }
    }

    /**
     * The keystream of {@code seed}.
     *
     * @throws IllegalArgumentException unless the seed is 32 bytes
     */
    public static AesCtrStream fromSeed(byte[] seed) {
        if (seed.length != 32) {
            throw new IllegalArgumentException("an AES-256 stream seed is 32 bytes");
        }
        return new AesCtrStream(seed, new byte[16]);
    }

    /** For the SP 800-38A known-answer test: any 256-bit key and initial counter block. */
    static AesCtrStream of(byte[] key, byte[] initialCounter) {
        return new AesCtrStream(key, initialCounter);
    }

    /** Overwrites {@code out} with the next {@code out.length} keystream bytes. */
    public void fill(byte[] out) {
        java.util.Arrays.fill(out, (byte) 0);
        try {
            // encrypting zeros in place yields the keystream itself
            cipher.update(out, 0, out.length, out, 0);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-CTR failed on an in-place buffer", e);
        }
    }
}
