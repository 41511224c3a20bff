package io.nexuszero.crypto.engine.proof;

import io.nexuszero.crypto.engine.cache.BoundedCache;
import io.nexuszero.crypto.engine.ring.Poly;
import io.nexuszero.crypto.engine.ring.PolyMatrix;
import io.nexuszero.crypto.engine.ring.PolyVec;
import io.nexuszero.crypto.engine.ring.SparseTernary;
import io.nexuszero.crypto.engine.sampling.UniformSampler;
import io.nexuszero.crypto.engine.sampling.Xof;

import java.nio.charset.StandardCharsets;

/**
 * BDLOP commitment key for ℓ message polynomials (Baum–Damgård–Lyubashevsky–Oechsner–Peikert 2018), with
 * κ = rankK (binding rank) and λ = rankL (hiding rank); randomness r ∈ S_η^{κ+ℓ+λ} split as (r1 | r2 | r3):
 * <pre>
 *   A1 = [ I_κ | A1' ]        A1' ∈ R_q^{κ×(ℓ+λ)}       t1 = A1·r = r1 + A1'·(r2 | r3)
 *   A2 = [ 0 | I_ℓ | A2' ]    A2' ∈ R_q^{ℓ×λ}           t2 = A2·r + m = r2 + A2'·r3 + m
 * </pre>
 * Hiding: (t1, t2) is Module-LWE with secret r3 (λ polynomials) and κ + ℓ samples with errors (r1, r2). Binding:
 * two openings give A1·(r − r') = 0, a Module-SIS solution for A1. The matrices are expanded with SHAKE-128 from
 * two public seeds derived from the parameter set, so every party derives the same key and nobody holds a trapdoor.
 * Entry (i, j) does not depend on ℓ, so keys for different ℓ share their common part.
 */
final class CommitmentKey {

    private static final byte[] DOMAIN = "nexuszero/bdlop-key/v1".getBytes(StandardCharsets.US_ASCII);
    private static final int CACHE_LIMIT = 64;
    /** Largest ℓ: a range proof's auxiliary commitment needs up to 2r + R·ℓ_s slots. */
    static final int MAX_MESSAGE_POLYS = 240;
    private static final BoundedCache<CacheKey, CommitmentKey> CACHE = new BoundedCache<>(CACHE_LIMIT);

    private record CacheKey(ProofParameters parameters, int messagePolys) {
    }

    private final ProofParameters p;
    private final int messagePolys;
    private final PolyMatrix a1Prime;
    private final PolyMatrix a2Prime;

    private CommitmentKey(ProofParameters p, int messagePolys, PolyMatrix a1Prime, PolyMatrix a2Prime) {
        this.p = p;
        this.messagePolys = messagePolys;
        this.a1Prime = a1Prime;
        this.a2Prime = a2Prime;
    }

    /**
     * The key for ℓ = {@code messagePolys} message polynomials (1 ≤ ℓ ≤ 240, so that ℓ + λ columns fit the matrix expander). Keys are public system parameters (a
     * common reference string), so they are cached per (parameters, ℓ) — a bounded cache, as custom parameters must
     * not grow it without limit.
     */
    static CommitmentKey expand(ProofParameters p, int messagePolys) {
        if (messagePolys < 1 || messagePolys > MAX_MESSAGE_POLYS) {
            throw new IllegalArgumentException("message polynomials must be in [1, " + MAX_MESSAGE_POLYS + "]");
        }
        return CACHE.get(new CacheKey(p, messagePolys), key -> derive(key.parameters(), key.messagePolys()));
    }

    private static CommitmentKey derive(ProofParameters p, int messagePolys) {
        byte[] seeds = Xof.shake256(2 * UniformSampler.SEED_BYTES, DOMAIN, p.canonicalEncoding());
        byte[] rho1 = java.util.Arrays.copyOfRange(seeds, 0, UniformSampler.SEED_BYTES);
        byte[] rho2 = java.util.Arrays.copyOfRange(seeds, UniformSampler.SEED_BYTES, seeds.length);
        PolyMatrix a1 = UniformSampler.expandMatrix(p.ring(), rho1, p.rankK(), messagePolys + p.rankL());
        PolyMatrix a2 = UniformSampler.expandMatrix(p.ring(), rho2, messagePolys, p.rankL());
        return new CommitmentKey(p, messagePolys, a1, a2);
    }

    /** κ + ℓ + λ: length of the randomness r (and of the masks and responses of the opening proofs). */
    int randomnessLength() {
        return randomnessLength(p, messagePolys);
    }

    /** κ + ℓ + λ for ℓ = {@code messagePolys}, without expanding a key (sizes and repetition counts). */
    static int randomnessLength(ProofParameters p, int messagePolys) {
        return p.rankK() + messagePolys + p.rankL();
    }

    int messagePolys() {
        return messagePolys;
    }

    /** A1·v for v ∈ R_q^{κ+ℓ+λ} with ‖v‖∞ ≤ bound (public; coefficient domain in and out). */
    PolyVec a1Times(PolyVec v, long bound) {
        checkLength(v);
        return v.slice(0, p.rankK()).add(a1Prime.multiplyShort(v.slice(p.rankK(), v.length()), bound));
    }

    /** A1·v − c·t for the verifier (‖v‖∞ ≤ bound, t ∈ R_q^κ), coefficient domain. */
    PolyVec a1TimesMinusChallengeTimes(PolyVec v, long bound, SparseTernary c, PolyVec t) {
        return a1Times(v, bound).subtract(c.multiply(t));
    }

    /** A2·v for v ∈ R_q^{κ+ℓ+λ} with ‖v‖∞ ≤ bound (a bound of q/2 or more means "not short"). */
    PolyVec a2Times(PolyVec v, long bound) {
        checkLength(v);
        int split = p.rankK() + messagePolys;
        return v.slice(p.rankK(), split).add(a2Prime.multiplyShort(v.slice(split, v.length()), bound));
    }

    /** A2·v − c·t for the verifier, as {@link #a1TimesMinusChallengeTimes} (t ∈ R_q^ℓ). */
    PolyVec a2TimesMinusChallengeTimes(PolyVec v, long bound, SparseTernary c, PolyVec t) {
        return a2Times(v, bound).subtract(c.multiply(t));
    }

    /** The commitment (t1, t2) to the message polynomials m under randomness r. */
    Commitment commit(PolyVec message, PolyVec r) {
        if (message.length() != messagePolys) {
            throw new IllegalArgumentException("message has the wrong number of polynomials");
        }
        return new Commitment(a1Times(r, p.eta()), a2Times(r, p.eta()).add(message));
    }

    private void checkLength(PolyVec v) {
        if (v.length() != randomnessLength()) {
            throw new IllegalArgumentException("vector length must be κ + ℓ + λ");
        }
    }

    /** A BDLOP commitment: t1 ∈ R_q^κ, t2 ∈ R_q^ℓ (coefficient domain). */
    record Commitment(PolyVec t1, PolyVec t2) {
    }

    /**
     * t2 with every coefficient from position {@code count} on set to zero: what a statement that publishes only the
     * first {@code count} coefficients carries, so the message a proof speaks about is this minus A2·r.
     */
    static PolyVec truncated(PolyVec t2, int count) {
        int n = t2.ring().degree();
        Poly[] out = new Poly[t2.length()];
        for (int j = 0; j < out.length; j++) {
            int[] coefficients = t2.get(j).fromNtt().values();
            java.util.Arrays.fill(coefficients, Math.max(0, Math.min(n, count - j * n)), n, 0);
            out[j] = Poly.ofCoefficients(t2.ring(), coefficients);
        }
        return PolyVec.of(out);
    }

    /** Packs integers (already reduced to [0, q)) as coefficients of ⌈L/n⌉ polynomials, zero-padded. */
    static PolyVec messagePolynomials(ProofParameters p, int[] valuesModQ) {
        int n = p.degree();
        int polys = (valuesModQ.length + n - 1) / n;
        Poly[] out = new Poly[polys];
        for (int i = 0; i < polys; i++) {
            int[] coefficients = new int[n];
            System.arraycopy(valuesModQ, i * n, coefficients, 0, Math.min(n, valuesModQ.length - i * n));
            out[i] = Poly.ofCoefficients(p.ring(), coefficients);
            java.util.Arrays.fill(coefficients, 0);
        }
        return PolyVec.of(out);
    }
}
