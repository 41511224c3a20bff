package io.nexuszero.crypto.engine.proof;

import io.nexuszero.crypto.engine.cache.BoundedCache;
import io.nexuszero.crypto.engine.ring.PolyVec;
import io.nexuszero.crypto.engine.ring.SparseTernary;
import io.nexuszero.crypto.engine.sampling.Randomness;
import io.nexuszero.crypto.engine.sampling.WordStream;

/**
 * The masks of one rejection loop over {@code polys} masked polynomials (a range chunk's, or linear-relation's): discrete
 * Gaussian ({@link GaussianMasking}) where that needs fewer expected attempts than uniform masks in [−γ, γ] — at every
 * preset, every range chunk size and every linear-relation length — and uniform otherwise (small moduli such as 12289 leave no room for a Gaussian wide enough:
 * 12k + τη must stay below q/2). The verifier does not know or care which: it checks ‖z‖∞ ≤ B either way.
 *
 * @param gaussian         the Gaussian masking, or null for uniform masks
 * @param expectedAttempts expected attempts of the loop with the chosen masks
 */
record LoopMasking(GaussianMasking gaussian, double expectedAttempts) {

    private static final BoundedCache<Key, LoopMasking> CACHE = new BoundedCache<>(256);

    private record Key(ProofParameters p, long polys) {
    }

    static LoopMasking of(ProofParameters p, long polys) {
        return CACHE.get(new Key(p, polys), key -> choose(key.p(), key.polys()));
    }

    private static LoopMasking choose(ProofParameters p, long polys) {
        GaussianMasking gaussian = GaussianMasking.of(p, polys);
        double uniform = p.expectedAttempts(polys);
        return gaussian.usable() && gaussian.expectedAttempts() < uniform
                ? new LoopMasking(gaussian, gaussian.expectedAttempts())
                : new LoopMasking(null, uniform);
    }

    boolean isGaussian() {
        return gaussian != null;
    }

    /** The largest |y| of a mask coefficient: 12k − 1, or γ. */
    int maskBound(ProofParameters p) {
        return isGaussian() ? gaussian.maskBound() : p.gamma();
    }

    /** True if the randomness may be used: covered by the shift bound T for Gaussian masks, always for uniform ones. */
    boolean admits(PolyVec... randomness) {
        return !isGaussian() || gaussian.shiftBound().admits(randomness);
    }

    /**
     * The loop's two short randomness vectors (the statement commitment's and the auxiliary or garbage one's), drawn
     * together; with Gaussian masks resampled in the rare case (below 2^-128) that the shift bound T does not cover
     * them, so that every shift c·r the rejection step sees is within T.
     */
    PolyVec[] randomness(ProofParameters p, int statementLength, int auxiliaryLength, Randomness rng) {
        while (true) {
            PolyVec statement = Masking.shortVector(p, statementLength, rng);
            PolyVec auxiliary = Masking.shortVector(p, auxiliaryLength, rng);
            if (admits(statement, auxiliary)) {
                return new PolyVec[] {statement, auxiliary};
            }
            LweSecretProof.wipe(statement, auxiliary);
        }
    }

    /** One attempt's masks for vectors of the given lengths, and the attempt's word stream (null for uniform). */
    Attempt draw(ProofParameters p, int statementLength, int auxiliaryLength, Randomness rng) {
        if (!isGaussian()) {
            return new Attempt(Masking.masks(p, statementLength, rng), Masking.masks(p, auxiliaryLength, rng), null);
        }
        WordStream words = GaussianMasking.attemptStream(rng);
        return new Attempt(gaussian.masks(p, statementLength, words), gaussian.masks(p, auxiliaryLength, words),
                words);
    }

    /**
     * The attempt's rejection step before the ℓ∞ check: Gaussian rejection of (z, z_a) against the shifts (c·r_s,
     * c·r_a); nothing for uniform masks (their ℓ∞ check alone makes z uniform on [−B, B]).
     */
    private boolean keeps(Attempt attempt, PolyVec z, PolyVec auxiliaryZ, PolyVec shift, PolyVec auxiliaryShift) {
        return !isGaussian() || gaussian.keeps(new PolyVec[] {z, auxiliaryZ},
                new PolyVec[] {shift, auxiliaryShift}, attempt.words());
    }

    /**
     * One attempt's responses z = y + c·r and z_a = y_a + c·r_a, or null if the attempt is rejected: by the Gaussian
     * rejection step (before the ℓ∞ check, {@link #keeps}) or by ‖z‖∞, ‖z_a‖∞ ≤ B. The masks and shifts are wiped
     * either way, rejected responses too.
     */
    Responses respond(ProofParameters p, Attempt masks, SparseTernary c, PolyVec randomness,
                      PolyVec auxiliaryRandomness) {
        PolyVec shift = c.multiplyShort(randomness, p.eta());
        PolyVec auxiliaryShift = c.multiplyShort(auxiliaryRandomness, p.eta());
        PolyVec z = masks.y().add(shift);
        PolyVec auxiliaryZ = masks.auxiliaryY().add(auxiliaryShift);
        boolean kept = keeps(masks, z, auxiliaryZ, shift, auxiliaryShift);
        LweSecretProof.wipe(masks.y(), masks.auxiliaryY(), shift, auxiliaryShift);
        if (kept && Rejection.accepts(z, p) && Rejection.accepts(auxiliaryZ, p)) {
            return new Responses(z, auxiliaryZ);
        }
        LweSecretProof.wipe(z, auxiliaryZ);
        return null;
    }

    /** The kept responses of one attempt (statement and auxiliary or garbage randomness). */
    record Responses(PolyVec z, PolyVec auxiliaryZ) {
    }

    /** Masks y, y_a of one attempt; {@link #close} wipes the Gaussian attempt's buffered keystream. */
    record Attempt(PolyVec y, PolyVec auxiliaryY, WordStream words) implements AutoCloseable {
        @Override
        public void close() {
            if (words != null) {
                words.close();
            }
        }
    }
}
