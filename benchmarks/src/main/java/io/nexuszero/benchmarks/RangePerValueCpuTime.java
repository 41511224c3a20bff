package io.nexuszero.benchmarks;

import io.nexuszero.crypto.engine.params.ParameterSet;
import io.nexuszero.crypto.engine.proof.RangeProof;
import io.nexuszero.crypto.engine.sampling.Randomness;

import java.math.BigInteger;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.security.SecureRandom;
import java.util.Arrays;

/**
 * The per-value goal in thread CPU time: one range proof over L values against L proofs of one value, measured
 * interleaved in one warmed JVM so that both see the same JIT state and the same machine load — each round proves
 * {@code ones} one-value proofs, then one L-value proof. Prints means and medians and the per-value ratio. Warm-up: 150
 * proofs of 16 values, 300 of one, 3 of L. Run with
 * {@code java -cp benchmarks/target/benchmarks.jar io.nexuszero.benchmarks.RangePerValueCpuTime [preset] [L] [rounds] [ones]}.
 */
public final class RangePerValueCpuTime {

    private RangePerValueCpuTime() {
    }

    public static void main(String[] args) {
        ParameterSet set = Presets.byId(args.length > 0 ? args[0] : "nz-128");
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 1024;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        int ones = args.length > 3 ? Integer.parseInt(args[3]) : 60;
        Randomness randomness = new SecureRandom()::nextBytes;
        byte[] context = randomness.nextBytes(32);
        BigInteger[] values = RangeProofBenchmark.randomValues(count, count);
        BigInteger[] sixteen = Arrays.copyOf(values, Math.min(count, 16));
        BigInteger[] one = Arrays.copyOf(values, 1);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        prove(set, sixteen, 150, context, randomness);
        prove(set, one, 300, context, randomness);
        prove(set, values, 3, context, randomness);
        double[] perOne = new double[rounds];
        double[] perProof = new double[rounds];
        long oneAttempts = 0;
        long attempts = 0;
        for (int round = 0; round < rounds; round++) {
            long start = threads.getCurrentThreadCpuTime();
            oneAttempts += prove(set, one, ones, context, randomness);
            long middle = threads.getCurrentThreadCpuTime();
            attempts += prove(set, values, 1, context, randomness);
            long end = threads.getCurrentThreadCpuTime();
            perOne[round] = (middle - start) / 1e6 / ones;
            perProof[round] = (end - middle) / 1e6;
        }
        double oneMean = Arrays.stream(perOne).average().orElseThrow();
        double proofMean = Arrays.stream(perProof).average().orElseThrow();
        double oneMedian = median(perOne);
        double proofMedian = median(perProof);
        System.out.printf("%s L=1: mean %.3f ms, median %.3f ms, %.2f attempts | L=%d: mean %.1f ms, median %.1f ms,"
                        + " %.1f attempts (expected %.1f) | a value against one: mean %.1f %%, median %.1f %%%n",
                set.id(), oneMean, oneMedian, (double) oneAttempts / rounds / ones, count, proofMean, proofMedian,
                (double) attempts / rounds,
                RangeProof.expectedAttempts(io.nexuszero.crypto.engine.proof.ProofParameters.of(set), count),
                100 * proofMean / count / oneMean, 100 * proofMedian / count / oneMedian);
    }

    private static long prove(ParameterSet set, BigInteger[] values, int proofs, byte[] context,
                              Randomness randomness) {
        long attempts = 0;
        for (int i = 0; i < proofs; i++) {
            attempts += RangeProof.commitAndProve(set, values, RangeProofBenchmark.SIXTY_FOUR_BITS, context, randomness)
                    .attempts();
        }
        return attempts;
    }

    private static double median(double[] xs) {
        double[] sorted = xs.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
