package io.nexuszero.benchmarks;

import io.nexuszero.crypto.engine.proof.ProofResult;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Proving and verifying one proof type in thread CPU time (robust to a shared machine): mean prove time over the
 * proofs (the attempts are geometric, so the mean is the expected cost), mean attempts, median verify time. The
 * measuring loop of {@link LinearRelationCpuTime} and {@link RangeCpuTime}.
 */
final class ProofCpuTime {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private ProofCpuTime() {
    }

    /** One measured length: its means and medians, and the last proof (for its sizes). */
    record Result(double proveMsMean, double attemptsMean, double verifyMsMedian, ProofResult last) {

        /** One line: preset L proveMsMean attemptsMean verifyMsMedian proofBytes statementBytes. */
        void print(String preset, int count) {
            System.out.printf("%s %d %.2f %.2f %.2f %d %d%n", preset, count, proveMsMean, attemptsMean,
                    verifyMsMedian, last.proof().length, last.statement().length);
        }
    }

    /**
     * Proves {@code proofs} times, verifying each proof after it (outside the prove time).
     *
     * @throws IllegalStateException if a proof does not verify
     */
    static Result measure(int proofs, Supplier<ProofResult> prove, Predicate<ProofResult> verifies) {
        ProofResult last = null;
        long proveNanos = 0;
        long attempts = 0;
        long[] verifyNanos = new long[proofs];
        for (int i = 0; i < proofs; i++) {
            long start = THREADS.getCurrentThreadCpuTime();
            last = prove.get();
            long proved = THREADS.getCurrentThreadCpuTime();
            if (!verifies.test(last)) {
                throw new IllegalStateException("proof does not verify");
            }
            verifyNanos[i] = THREADS.getCurrentThreadCpuTime() - proved;
            proveNanos += proved - start;
            attempts += last.attempts();
        }
        Arrays.sort(verifyNanos);
        return new Result(proveNanos / 1e6 / proofs, (double) attempts / proofs, verifyNanos[proofs / 2] / 1e6, last);
    }
}
