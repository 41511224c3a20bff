package io.nexuszero.benchmarks;

import io.nexuszero.crypto.engine.keys.KeyGenerator;
import io.nexuszero.crypto.engine.keys.KeyPair;
import io.nexuszero.crypto.engine.params.ParameterSet;
import io.nexuszero.crypto.engine.proof.ProofParameters;
import io.nexuszero.crypto.engine.proof.ProofStatement;
import io.nexuszero.crypto.engine.proof.ProofSystem;
import io.nexuszero.crypto.engine.proof.ProofSystems;
import io.nexuszero.crypto.engine.proof.ProofType;
import io.nexuszero.crypto.engine.proof.ProofWitness;
import io.nexuszero.crypto.engine.sampling.Randomness;

import java.security.SecureRandom;
import java.util.Arrays;

/**
 * Thread CPU time per proof and per rejection-sampling attempt, for one proof type at one preset and witness length:
 * the figures crypto-service's NexusZeroProofGenerationSlow alert is set from (docs/METRICS.md, "Proof cost and
 * witness size"). A warm-up proof runs first. Run with
 * {@code java -cp benchmarks/target/benchmarks.jar io.nexuszero.benchmarks.AttemptCpuTime preset type length proofs},
 * e.g. {@code nz-256 range 16 3}; the length is ignored for lwe-secret. Prints
 * {@code preset type L proofs proveMsMean attemptsMean msPerAttempt verifyMsMedian}.
 */
public final class AttemptCpuTime {

    private AttemptCpuTime() {
    }

    public static void main(String[] args) {
        ParameterSet set = Presets.byId(args[0]);
        ProofParameters p = ProofParameters.of(set);
        ProofSystem system = ProofSystems.of(ProofType.fromWireName(args[1])
                .orElseThrow(() -> new IllegalArgumentException("no proof type " + args[1])));
        int length = Integer.parseInt(args[2]);
        int proofs = Integer.parseInt(args[3]);
        SecureRandom random = new SecureRandom();
        Randomness randomness = random::nextBytes;
        byte[] context = randomness.nextBytes(32);
        KeyPair pair = KeyGenerator.generate(set.parameters(), randomness);
        ProofWitness witness = witness(system.type(), pair, p.modulus(), length, random);
        ProofStatement key = new ProofStatement.OfKey(pair.publicKey());
        ProofCpuTime.measure(1, () -> system.prove(p, witness, context, randomness), proof -> true);
        ProofCpuTime.Result result = ProofCpuTime.measure(proofs, () -> system.prove(p, witness, context, randomness),
                proof -> system.verify(p, system.takesValues() ? new ProofStatement.Encoded(proof.statement()) : key,
                        context, proof.proof()).valid());
        System.out.printf("%s %s %d %d %.2f %.2f %.2f %.2f%n", set.id(), args[1], length, proofs,
                result.proveMsMean(), result.attemptsMean(), result.proveMsMean() / result.attemptsMean(),
                result.verifyMsMedian());
    }

    /** Uniform values mod q; for linear-relation the relation Σ m_i = b they satisfy; 64-bit values for range. */
    private static ProofWitness witness(ProofType type, KeyPair pair, long q, int length, SecureRandom random) {
        long[] values = random.longs(length, 0, q).toArray();
        return switch (type) {
            case LWE_SECRET -> new ProofWitness.OfKey(pair);
            case COMMITMENT_OPENING -> new ProofWitness.OfValues(values);
            case LINEAR_RELATION -> {
                long[] ones = new long[length];
                Arrays.fill(ones, 1);
                yield new ProofWitness.OfRelation(values, ones, Arrays.stream(values).reduce(0, (a, b) -> (a + b) % q));
            }
            case RANGE -> new ProofWitness.OfRange(RangeProofBenchmark.randomValues(length, random.nextLong()),
                    RangeProofBenchmark.SIXTY_FOUR_BITS);
        };
    }
}
