package io.nexuszero.optimizer.core.dataset;

import io.nexuszero.optimizer.api.ProofType;
import io.nexuszero.optimizer.client.BenchmarkRequest;
import io.nexuszero.optimizer.client.BenchmarkResult;
import io.nexuszero.optimizer.client.CryptoServiceClient;
import io.nexuszero.optimizer.client.CryptoServiceException;
import io.nexuszero.optimizer.core.space.Candidate;

import java.time.Clock;

/**
 * Measures one sample: crypto-service benchmarks prove, then verify, of one proof type at one witness length, each
 * {@link #REPEATS} times, keeping the fastest run: on a shared machine a whole benchmark run now and then comes out
 * 30–50% slow (another process on the sibling hardware thread, a JIT or GC thread), while repeated runs otherwise
 * agree within about 1%, so the fastest of two is a far steadier label than any one run. Prove is labelled with the
 * mean and the attempts taken and expected (the run with the lowest cost per attempt), verify with the median; see
 * {@link Sample}. Each point is preceded by the {@link SpeedReference} benchmark.
 */
public class SampleCollector {
    public static final int REPEATS = 2;

    private final CryptoServiceClient client;
    private final Clock clock;

    public SampleCollector(CryptoServiceClient client, Clock clock) {
        this.client = client;
        this.clock = clock;
    }

    /** crypto-service refused this one point (400/422: e.g. witness too long, proving infeasible): skip, go on. */
    public static boolean refusedPoint(CryptoServiceException e) {
        return e.status() == 400 || e.status() == 422;
    }

    public Sample measure(Candidate candidate, ProofType type, int witnessLength, int iterations, String cryptoVersion)
            throws CryptoServiceException {
        BenchmarkResult reference = client.benchmark(SpeedReference.request());
        BenchmarkRequest proveRequest = new BenchmarkRequest(candidate.parameters(), "prove", type.wireName(),
                witnessLength, iterations);
        BenchmarkRequest verifyRequest = new BenchmarkRequest(candidate.parameters(), "verify", type.wireName(),
                witnessLength, iterations);
        BenchmarkResult prove = null;
        BenchmarkResult verify = null;
        for (int run = 0; run < REPEATS; run++) {
            BenchmarkResult proveRun = client.benchmark(proveRequest);
            if (prove == null || perAttempt(proveRun) < perAttempt(prove)) {
                prove = proveRun;
            }
            BenchmarkResult verifyRun = client.benchmark(verifyRequest);
            if (verify == null || verifyRun.medianMicros() < verify.medianMicros()) {
                verify = verifyRun;
            }
        }
        Long bytes = prove.proofBytes() != null ? prove.proofBytes() : candidate.proofBytes(type, witnessLength);
        return new Sample(candidate.id(), candidate.parameters(), type.wireName(), witnessLength, prove.meanMicros(),
                verify.medianMicros(), bytes, prove.iterations(), cryptoVersion, clock.instant(), Sample.MEAN,
                reference.medianMicros(), prove.meanAttempts(), prove.expectedAttempts());
    }

    /** Cost of one prover attempt in this run (the mean when crypto-service reported no attempts). */
    private static double perAttempt(BenchmarkResult prove) {
        return prove.meanAttempts() == null ? prove.meanMicros() : prove.meanMicros() / prove.meanAttempts();
    }
}
