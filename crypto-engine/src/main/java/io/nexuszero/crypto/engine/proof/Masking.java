package io.nexuszero.crypto.engine.proof;

import io.nexuszero.crypto.engine.ring.Poly;
import io.nexuszero.crypto.engine.ring.PolyVec;
import io.nexuszero.crypto.engine.ring.SparseTernary;
import io.nexuszero.crypto.engine.sampling.AesCtrStream;
import io.nexuszero.crypto.engine.sampling.Randomness;

import java.util.Arrays;

/** Fresh masks y uniform in [−γ, γ]^(n·count) and fresh short commitment randomness, from the caller's Randomness. */
final class Masking {

    static final int SEED_BYTES = 32;

    private Masking() {
    }

    /** {@code count} mask polynomials uniform in [−γ, γ], drawn in turn from the AES-256-CTR stream of a fresh seed. */
    static PolyVec masks(ProofParameters p, int count, Randomness randomness) {
        byte[] seed = randomness.nextBytes(SEED_BYTES);
        AesCtrStream stream = AesCtrStream.fromSeed(seed);
        Poly[] y = new Poly[count];
        for (int i = 0; i < count; i++) {
            y[i] = MaskSampler.sample(p.ring(), p.gamma(), stream);
        }
        Arrays.fill(seed, (byte) 0);
        return PolyVec.of(y);
    }

    /** {@code count} short polynomials from the parameter set's secret distribution S_η (commitment randomness). */
    static PolyVec shortVector(ProofParameters p, int count, Randomness randomness) {
        byte[] seed = randomness.nextBytes(SEED_BYTES);
        Poly[] r = new Poly[count];
        for (int i = 0; i < count; i++) {
            r[i] = p.secretDistribution().sample(p.ring(), p.eta(), seed, i);
        }
        Arrays.fill(seed, (byte) 0);
        return PolyVec.of(r);
    }

    /** The response z = y + c·r of Fiat–Shamir with aborts (r short, ‖r‖∞ ≤ η); wipes y and c·r. */
    static PolyVec respond(ProofParameters p, PolyVec y, SparseTernary c, PolyVec r) {
        PolyVec cr = c.multiplyShort(r, p.eta());
        PolyVec z = y.add(cr);
        LweSecretProof.wipe(y, cr);
        return z;
    }
}
