package io.nexuszero.crypto.core.benchmark;

import io.nexuszero.crypto.core.ServiceRandomness;
import io.nexuszero.crypto.engine.encryption.Ciphertext;
import io.nexuszero.crypto.engine.encryption.DecryptionException;
import io.nexuszero.crypto.engine.encryption.PublicKeyEncryption;
import io.nexuszero.crypto.engine.keys.KeyGenerator;
import io.nexuszero.crypto.engine.keys.KeyPair;
import io.nexuszero.crypto.engine.params.ParameterSet;
import io.nexuszero.crypto.engine.proof.ProofParameters;
import io.nexuszero.crypto.engine.proof.ProofResult;
import io.nexuszero.crypto.engine.proof.ProofStatement;
import io.nexuszero.crypto.engine.proof.ProofSystem;
import io.nexuszero.crypto.engine.proof.ProofSystems;
import io.nexuszero.crypto.engine.proof.ProofType;
import io.nexuszero.crypto.engine.proof.ProofWitness;
import io.nexuszero.crypto.engine.proof.RangeBounds;
import io.nexuszero.crypto.engine.sampling.Randomness;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * Builds the measured operation of a benchmark, with its one-off setup (a key, a witness, a proof to verify, a
 * ciphertext to decrypt) done before timing starts. Inputs are random but public; the work is what the
 * corresponding HTTP endpoint does in the engine, without the HTTP layer.
 */
public final class BenchmarkOperations {

    public enum Operation {
        KEYGEN, PROVE, VERIFY, ENCRYPT, DECRYPT;

        public String wireName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        public boolean needsProofType() {
            return this == PROVE || this == VERIFY;
        }
    }

    /**
     * The measured operation, the proof size it produces and the exact expected prover attempts of that proof (both
     * null for non-proof operations).
     */
    public record Prepared(BenchmarkRunner.Operation operation, Integer proofBytes, Double expectedAttempts) {
        Prepared(BenchmarkRunner.Operation operation) {
            this(operation, null, null);
        }

        /** Prover attempts of one measured result: those of a proof, 0 for anything else. */
        public static int attemptsOf(Object result) {
            return result instanceof ProofResult proof ? proof.attempts() : 0;
        }
    }

    /** 2^64 − 1: the widest range a range proof takes (max − min &lt; 2^64). */
    private static final BigInteger RANGE_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
    private static final byte[] CONTEXT = "nexuszero benchmark".getBytes(StandardCharsets.US_ASCII);

    private BenchmarkOperations() {
    }

    /**
     * @throws IllegalArgumentException if the engine refuses the work (e.g. far too many rejection repetitions)
     */
    public static Prepared prepare(ParameterSet set, Operation operation, ProofType type, int witnessLength) {
        Randomness randomness = ServiceRandomness.secure();
        KeyPair key = KeyGenerator.generate(set.parameters(), randomness);
        switch (operation) {
            case KEYGEN:
                return new Prepared(() -> KeyGenerator.generate(set.parameters(), randomness));
            case ENCRYPT: {
                byte[] message = new byte[32];
                randomness.nextBytes(message);
                return new Prepared(() -> PublicKeyEncryption.encrypt(key.publicKey(), message, randomness));
            }
            case DECRYPT: {
                byte[] message = new byte[32];
                randomness.nextBytes(message);
                Ciphertext ciphertext = PublicKeyEncryption.encrypt(key.publicKey(), message, randomness);
                return new Prepared(() -> decrypt(key, ciphertext));
            }
            default:
                break;
        }
        ProofParameters p = ProofParameters.of(set);
        ProofSystem system = ProofSystems.of(type);
        // as the endpoints do: a key pair (proving) or public key (verifying) with its matrix A expanded
        ProofWitness witness = witness(system, p, key, witnessLength);
        ProofResult sample = system.prove(p, witness, CONTEXT, randomness); // the parameters are workable
        ProofStatement statement = system.statement(witness, sample);
        int proofBytes = sample.proof().length;
        double expectedAttempts = system.expectedAttempts(p, witnessLength);
        if (operation == Operation.PROVE) {
            return new Prepared(() -> system.prove(p, witness, CONTEXT, randomness), proofBytes, expectedAttempts);
        }
        return new Prepared(() -> system.verify(p, statement, CONTEXT, sample.proof()), proofBytes,
                expectedAttempts);
    }

    /**
     * Random public inputs of the proof's form: the key, random values (with a relation they satisfy), or random
     * 64-bit values in the widest bounds a range proof takes.
     */
    private static ProofWitness witness(ProofSystem system, ProofParameters p, KeyPair key, int witnessLength) {
        if (!system.takesValues()) {
            return new ProofWitness.OfKey(key);
        }
        SplittableRandom random = new SplittableRandom();
        if (system.type() == ProofType.RANGE) {
            return rangeWitness(random, witnessLength);
        }
        long[] values = random.longs(witnessLength, 0, p.modulus()).toArray();
        if (!system.provesRelation()) {
            return new ProofWitness.OfValues(values);
        }
        long[] coefficients = random.longs(witnessLength, 0, p.modulus()).toArray();
        long constant = 0;
        for (int i = 0; i < witnessLength; i++) {
            constant = (constant + coefficients[i] * values[i] % p.modulus()) % p.modulus();
        }
        return new ProofWitness.OfRelation(values, coefficients, constant);
    }

    /**
     * Values uniform in [0, 2^64 − 1] under that one shared pair of bounds: every value has all 64 bits (the most a
     * range proof commits to per value), as a 64-bit amount proven non-negative would.
     */
    private static ProofWitness rangeWitness(SplittableRandom random, int witnessLength) {
        BigInteger[] values = new BigInteger[witnessLength];
        for (int i = 0; i < witnessLength; i++) {
            values[i] = new BigInteger(Long.toUnsignedString(random.nextLong()));
        }
        return new ProofWitness.OfRange(values, RangeBounds.shared(BigInteger.ZERO, RANGE_MAX));
    }

    private static byte[] decrypt(KeyPair key, Ciphertext ciphertext) {
        try {
            return PublicKeyEncryption.decrypt(key.secretKey(), ciphertext);
        } catch (DecryptionException e) {
            throw new IllegalStateException("benchmark ciphertext did not decrypt", e);
        }
    }
}
