package io.nexuszero.crypto.core.benchmark;

import java.util.Optional;
import java.util.concurrent.Semaphore;

/**
 * Lets one benchmark run at a time, so benchmarks cannot starve proof traffic of CPU. A refused caller is told how
 * many seconds the running benchmark probably still needs (from its progress so far).
 */
public final class BenchmarkGate {

    private final Semaphore permit = new Semaphore(1);
    private volatile int plannedIterations;
    private volatile int doneIterations;
    private volatile long elapsedNanos;

    /** A permit for one benchmark; close it when done. Empty when another benchmark is running. */
    public Optional<Ticket> tryEnter(int iterations) {
        if (!permit.tryAcquire()) {
            return Optional.empty();
        }
        plannedIterations = iterations;
        doneIterations = 0;
        elapsedNanos = 0;
        return Optional.of(new Ticket());
    }

    /** Seconds until the running benchmark is likely done: at least 1, at most 60. */
    public long retryAfterSeconds() {
        int done = doneIterations;
        if (done == 0) {
            return 1;
        }
        double remainingNanos = (double) elapsedNanos / done * Math.max(0, plannedIterations - done);
        return Math.max(1, Math.min(60, (long) Math.ceil(remainingNanos / 1e9)));
    }

    /** Held while one benchmark runs; reports its progress. */
    public final class Ticket implements AutoCloseable, BenchmarkRunner.Progress {
        private boolean closed;

        private Ticket() {
        }

        @Override
        public void done(int iterations, long elapsed) {
            doneIterations = iterations;
            elapsedNanos = elapsed;
        }

        @Override
        public void close() {
            if (!closed) {
                closed = true;
                permit.release();
            }
        }
    }
}
