package io.nexuszero.crypto.engine.ring;

import io.nexuszero.crypto.engine.cache.BoundedCache;

import java.util.Objects;

/**
 * The ring R_q = Z_q[X]/(X^n + 1) for n a power of two in [256, 4096] and a prime q ≡ 1 (mod 4) below 2^31; X^n + 1
 * splits into {@link Ntt#slots()} binomial factors (n of them when q ≡ 1 mod 2n).
 * Instances are cached per (n, q) so the NTT twiddles are computed once; they are immutable and thread-safe.
 */
public final class Ring {

    /** Smallest supported ring degree. */
    public static final int MIN_DEGREE = 256;
    /** Largest supported ring degree. */
    public static final int MAX_DEGREE = 4096;
    /** Bound on cached rings: custom parameters must not grow the cache without limit. */
    private static final int CACHE_LIMIT = 64;

    private static final BoundedCache<Key, Ring> CACHE = new BoundedCache<>(CACHE_LIMIT);

    private record Key(int n, int q) {
    }

    private final int n;
    private final int q;
    private final Montgomery montgomery;
    private final Ntt ntt;
    private final Barrett barrett;
    private volatile ShortProducts shortProducts;

    private Ring(int n, int q) {
        this.n = n;
        this.q = q;
        this.montgomery = new Montgomery(q);
        this.barrett = new Barrett(q);
        this.ntt = new Ntt(n, q, montgomery, barrett);
    }

    /**
     * Returns the ring for degree n and modulus q.
     *
     * @throws IllegalArgumentException if n is not a power of two in [256, 4096] or q is not a prime ≡ 1 mod 4
     */
    public static Ring of(int n, int q) {
        return CACHE.get(new Key(n, q), key -> {
            checkParameters(key.n(), key.q());
            return new Ring(key.n(), key.q());
        });
    }

    private static void checkParameters(int n, int q) {
        if (n < MIN_DEGREE || n > MAX_DEGREE || Integer.bitCount(n) != 1) {
            throw new IllegalArgumentException("ring degree must be a power of two in [256, 4096]");
        }
        if (q < 3 || !ModularMath.isPrime(q)) {
            throw new IllegalArgumentException("modulus must be a prime below 2^31");
        }
        if (q % 4 != 1) {
            throw new IllegalArgumentException("modulus must be congruent to 1 mod 4");
        }
    }

    /** Ring degree n. */
    public int degree() {
        return n;
    }

    /** Modulus q. */
    public int modulus() {
        return q;
    }

    /** The NTT for this (n, q). */
    public Ntt ntt() {
        return ntt;
    }

    /** Branch-free modular arithmetic for q. */
    public Montgomery arithmetic() {
        return montgomery;
    }

    /**
     * Reduces any value to its representative in [0, q). Uses a division, whose latency may depend on the operand on
     * some CPUs: meant for public values; use {@link #fromCentered(int)} for secret small values.
     */
    public int reduce(long value) {
        return (int) Math.floorMod(value, (long) q);
    }

    /** x mod q for 0 ≤ x &lt; 2^62, branch-free (safe for secret values). */
    public int reduceNonNegative(long x) {
        return barrett.reduce(x);
    }

    /** Exact products with short elements through two auxiliary NTT primes (created on first use). */
    ShortProducts shortProducts() {
        ShortProducts result = shortProducts;
        if (result == null) {
            result = new ShortProducts(this);
            shortProducts = result;
        }
        return result;
    }

    /** Maps a centered value v with |v| < q to v mod q in [0, q), branch-free (safe for secret values). */
    public int fromCentered(int v) {
        return v + ((v >> 31) & q);
    }

    /** Maps c in [0, q) to its centered representative in (-q/2, q/2], branch-free (safe for secret values). */
    public int toCentered(int c) {
        // subtract q exactly when c > q/2, i.e. when (q/2 - c) is negative
        return c - (((q / 2 - c) >> 31) & q);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Ring other && other.n == n && other.q == q;
    }

    @Override
    public int hashCode() {
        return Objects.hash(n, q);
    }

    @Override
    public String toString() {
        return "Ring[n=" + n + ", q=" + q + "]";
    }
}
