package io.nexuszero.crypto.engine.keys;

import io.nexuszero.crypto.engine.params.LatticeParameters;
import io.nexuszero.crypto.engine.ring.PolyVec;

import javax.security.auth.Destroyable;

/**
 * A Module-LWE secret key: short s1 ∈ S_η^l and s2 ∈ S_η^k with t = A·s1 + s2, plus the matching public key.
 * {@link #destroy()} (or {@link #close()}) overwrites s1 and s2 with zeros — as far as Java allows: the JIT and GC may
 * have left copies — after which the accessors throw. {@link #toString()} never shows coefficients.
 */
public final class SecretKey implements Destroyable, AutoCloseable {

    private final PublicKey publicKey;
    private final PolyVec s1;
    private final PolyVec s2;
    private volatile boolean destroyed;
    private volatile PolyVec s1Ntt;

    /**
     * A secret key from its parts (takes ownership of s1 and s2: they are zeroized by {@link #destroy()}).
     *
     * @throws IllegalArgumentException if the shapes do not match the public key's parameters
     */
    public SecretKey(PublicKey publicKey, PolyVec s1, PolyVec s2) {
        LatticeParameters p = publicKey.parameters();
        if (s1.length() != p.rankL() || s2.length() != p.rankK() || s1.isNtt() || s2.isNtt()) {
            throw new IllegalArgumentException("s1 must have l and s2 k coefficient-domain entries");
        }
        this.publicKey = publicKey;
        this.s1 = s1;
        this.s2 = s2;
    }

    /** The matching public key. */
    public PublicKey publicKey() {
        return publicKey;
    }

    /** The parameters of the key pair. */
    public LatticeParameters parameters() {
        return publicKey.parameters();
    }

    /** s1 ∈ S_η^l (coefficient domain); do not keep references beyond the key's lifetime. */
    public PolyVec s1() {
        requireAlive();
        return s1;
    }

    /** s1 in the NTT domain (computed once, zeroized with the key); for decryption and proofs. */
    public PolyVec s1Ntt() {
        requireAlive();
        PolyVec result = s1Ntt;
        if (result == null) {
            result = s1.toNtt();
            s1Ntt = result;
        }
        return result;
    }

    /** s2 ∈ S_η^k (coefficient domain). */
    public PolyVec s2() {
        requireAlive();
        return s2;
    }

    /** Zeroizes s1 and s2; idempotent. */
    @Override
    public void destroy() {
        destroyed = true;
        s1.zeroize();
        s2.zeroize();
        PolyVec cached = s1Ntt;
        if (cached != null) {
            cached.zeroize();
        }
    }

    @Override
    public boolean isDestroyed() {
        return destroyed;
    }

    /** Same as {@link #destroy()}, for try-with-resources. */
    @Override
    public void close() {
        destroy();
    }

    private void requireAlive() {
        if (destroyed) {
            throw new IllegalStateException("secret key has been destroyed");
        }
    }

    /** Shape only, never coefficients. */
    @Override
    public String toString() {
        return "SecretKey[" + publicKey + (destroyed ? ", destroyed" : "") + "]";
    }
}
