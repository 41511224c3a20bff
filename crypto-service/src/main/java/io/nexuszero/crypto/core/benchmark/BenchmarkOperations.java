package io.nexuszero.crypto.core.benchmark;

import io.nexuszero.crypto.core.ServiceRandomness;
import io.nexuszero.crypto.engine.encryption.Ciphertext;
import io.nexuszero.crypto.engine.encryption.DecryptionException;
import io.nexuszero.crypto.engine.encryption.PublicKeyEncryption;
import io.nexuszero.crypto.engine.keys.KeyGenerator;
import io.nexuszero.crypto.engine.keys.KeyPair;
import io.nexuszero.crypto.engine.params.ParameterSet;
import io.nexuszero.crypto.engine.proof.CommitmentOpeningProof;
import io.nexuszero.crypto.engine.proof.LinearRelationProof;
import io.nexuszero.crypto.engine.proof.LweSecretProof;
import io.nexuszero.crypto.engine.proof.ProofAttempts;
import io.nexuszero.crypto.engine.proof.ProofParameters;
import io.nexuszero.crypto.engine.proof.ProofResult;
import io.nexuszero.crypto.engine.proof.ProofType;
import io.nexuszero.crypto.engine.sampling.Randomness;
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
        ProofWork work = proofWork(set, p, type, key, witnessLength, randomness);
        ProofResult sample = work.prove(); // also proves the parameters are workable before timing starts
        int proofBytes = sample.proof().length;
        double expectedAttempts = ProofAttempts.expected(p, type, witnessLength);
        if (operation == Operation.PROVE) {
            return new Prepared(work::prove, proofBytes, expectedAttempts);
        }
        return new Prepared(() -> work.verify(sample), proofBytes, expectedAttempts);
    }

    private static byte[] decrypt(KeyPair key, Ciphertext ciphertext) {
        try {
            return PublicKeyEncryption.decrypt(key.secretKey(), ciphertext);
        } catch (DecryptionException e) {
            throw new IllegalStateException("benchmark ciphertext did not decrypt", e);
        }
    }

    /** One proof type's prove and verify over fixed public inputs. */
    private interface ProofWork {
        ProofResult prove();

        Object verify(ProofResult proof);
    }

    private static ProofWork proofWork(ParameterSet set, ProofParameters p, ProofType type, KeyPair key,
                                       int witnessLength, Randomness randomness) {
        SplittableRandom values = new SplittableRandom();
        long[] witness = values.longs(witnessLength, 0, p.modulus()).toArray();
        return switch (type) {
            case LWE_SECRET -> new ProofWork() {
                // as the endpoints do: a key pair (proving) or public key (verifying) with its matrix A expanded
                public ProofResult prove() {
                    return LweSecretProof.prove(set, key.publicKey(), key.secretKey(), CONTEXT, randomness);
                }

                public Object verify(ProofResult proof) {
                    return LweSecretProof.verify(set, key.publicKey(), CONTEXT, proof.proof());
                }
            };
            case COMMITMENT_OPENING -> new ProofWork() {
                public ProofResult prove() {
                    return CommitmentOpeningProof.commitAndProve(p, witness, CONTEXT, randomness);
                }

                public Object verify(ProofResult proof) {
                    return CommitmentOpeningProof.verify(p, proof.statement(), CONTEXT, proof.proof());
                }
            };
            case LINEAR_RELATION -> {
                long[] coefficients = values.longs(witnessLength, 0, p.modulus()).toArray();
                long constant = 0;
                for (int i = 0; i < witnessLength; i++) {
                    constant = (constant + coefficients[i] * witness[i] % p.modulus()) % p.modulus();
                }
                long b = constant;
                yield new ProofWork() {
                    public ProofResult prove() {
                        return LinearRelationProof.commitAndProve(p, witness, coefficients, b, CONTEXT, randomness);
                    }

                    public Object verify(ProofResult proof) {
                        return LinearRelationProof.verify(p, proof.statement(), CONTEXT, proof.proof());
                    }
                };
            }
        };
    }
}
