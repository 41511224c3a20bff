package io.nexuszero.crypto.engine.proof;

import io.nexuszero.crypto.engine.keys.KeyPair;

/** What a prover knows, in the form its proof type takes. */
public sealed interface ProofWitness {

    /** lwe-secret: a key pair (its public key keeps the expanded matrix A, so proving does not re-expand it). */
    record OfKey(KeyPair pair) implements ProofWitness {
    }

    /** commitment-opening: the integers to commit to, each |v| &lt; q. */
    record OfValues(long[] values) implements ProofWitness {
    }

    /** linear-relation: the integers to commit to and the public relation Σ a_i·m_i = b (mod q) they satisfy. */
    record OfRelation(long[] values, long[] coefficients, long constant) implements ProofWitness {
    }

    /** range: the integers to commit to (any size; each must lie in its bounds) and the public bounds. */
    record OfRange(java.math.BigInteger[] values, RangeBounds bounds) implements ProofWitness {
    }
}
