package io.nexuszero.crypto.core.benchmark;

import java.util.Arrays;
import java.util.function.LongSupplier;
import java.util.function.ToIntFunction;

/**
 * Times an operation in-process: a warm-up first (so the JIT has compiled the hot path), then each measured
 * iteration timed on its own with {@link System#nanoTime()}. A wall-clock budget stops a benchmark of very slow
 * parameters early, so one request cannot hold the service for minutes; the result says how many iterations ran.
 */
public final class BenchmarkRunner {

    /** One iteration of the measured work; returns any value so the JIT cannot drop the work as dead code. */
    @FunctionalInterface
    public interface Operation {
        Object run();
    }

    private final long warmupNanos;
    private final int minWarmupIterations;
    private final long budgetNanos;
    private final LongSupplier clock;

    public BenchmarkRunner(long warmupNanos, int minWarmupIterations, long budgetNanos) {
        this(warmupNanos, minWarmupIterations, budgetNanos, System::nanoTime);
    }

    BenchmarkRunner(long warmupNanos, int minWarmupIterations, long budgetNanos, LongSupplier clock) {
        this.warmupNanos = warmupNanos;
        this.minWarmupIterations = minWarmupIterations;
        this.budgetNanos = budgetNanos;
        this.clock = clock;
    }

    /** The default for the HTTP endpoint: ≥ 10 warm-up runs or 300 ms of them, at most 30 s of measuring. */
    public static BenchmarkRunner standard() {
        return new BenchmarkRunner(300_000_000L, 10, 30_000_000_000L);
    }

    public BenchmarkResult run(Operation operation, int iterations, Progress progress) {
        return run(operation, iterations, progress, result -> 0);
    }

    /**
     * As {@link #run(Operation, int, Progress)}, also averaging {@code attempts} of each measured result (the prover
     * attempts of a proof; 0 for operations without attempts, which leaves the mean absent).
     */
    public BenchmarkResult run(Operation operation, int iterations, Progress progress, ToIntFunction<Object> attempts) {
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations must be positive");
        }
        int sink = 0;
        long warmupStart = clock.getAsLong();
        for (int i = 0; i < minWarmupIterations || clock.getAsLong() - warmupStart < warmupNanos; i++) {
            sink += System.identityHashCode(operation.run());
            if (clock.getAsLong() - warmupStart > budgetNanos / 4) {
                break; // a very slow operation: its warm-up must not eat the measuring budget
            }
        }
        long[] samples = new long[iterations];
        long totalAttempts = 0;
        int measured = 0;
        long start = clock.getAsLong();
        while (measured < iterations) {
            long before = clock.getAsLong();
            Object result = operation.run();
            long after = clock.getAsLong();
            sink += System.identityHashCode(result);
            totalAttempts += attempts.applyAsInt(result);
            samples[measured++] = after - before;
            progress.done(measured, after - start);
            if (after - start > budgetNanos) {
                break;
            }
        }
        if (sink == 42) {
            Thread.onSpinWait(); // consumes the sink; never matters
        }
        Double meanAttempts = totalAttempts == 0 ? null : (double) totalAttempts / measured;
        return summarize(Arrays.copyOf(samples, measured), meanAttempts);
    }

    static BenchmarkResult summarize(long[] nanos, Double meanAttempts) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        double sum = 0;
        for (long value : sorted) {
            sum += value;
        }
        return new BenchmarkResult(sorted.length, micros(quantile(sorted, 0.5)), micros(quantile(sorted, 0.9)),
                micros(sum / sorted.length), meanAttempts);
    }

    /** Linear interpolation between order statistics (the common "type 7" definition). */
    static double quantile(long[] sorted, double p) {
        double position = p * (sorted.length - 1);
        int lower = (int) Math.floor(position);
        int upper = Math.min(lower + 1, sorted.length - 1);
        double fraction = position - lower;
        return sorted[lower] + fraction * (sorted[upper] - sorted[lower]);
    }

    private static double micros(double nanos) {
        return Math.round(nanos / 100.0) / 10.0;
    }

    /** Receives progress so a concurrent caller can be told how long to wait. */
    @FunctionalInterface
    public interface Progress {
        void done(int iterations, long elapsedNanos);
    }
}
