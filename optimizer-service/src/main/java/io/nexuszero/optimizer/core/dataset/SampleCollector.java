package io.nexuszero.optimizer.core.dataset;

import io.nexuszero.optimizer.api.ProofType;
import io.nexuszero.optimizer.client.BenchmarkRequest;
import io.nexuszero.optimizer.client.BenchmarkResult;
import io.nexuszero.optimizer.client.CryptoServiceClient;
import io.nexuszero.optimizer.client.CryptoServiceException;
import io.nexuszero.optimizer.core.space.Candidate;

import java.time.Clock;

/**
 * Measures one sample: crypto-service benchmarks prove, then verify, of one proof type at one witness length.
 * Prove is labelled with the mean and the attempts taken and expected, verify with the median; see {@link Sample}. Each point is preceded by the {@link SpeedReference} benchmark.
 */
public class SampleCollector {
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
        BenchmarkResult prove = client.benchmark(new BenchmarkRequest(candidate.parameters(), "prove", type.wireName(),
                witnessLength, iterations));
        BenchmarkResult verify = client.benchmark(new BenchmarkRequest(candidate.parameters(), "verify", type.wireName(),
                witnessLength, iterations));
        Long bytes = prove.proofBytes() != null ? prove.proofBytes() : candidate.proofBytes(type, witnessLength);
        return new Sample(candidate.id(), candidate.parameters(), type.wireName(), witnessLength, prove.meanMicros(),
                verify.medianMicros(), bytes, prove.iterations(), cryptoVersion, clock.instant(), Sample.MEAN,
                reference.medianMicros(), prove.meanAttempts(), prove.expectedAttempts());
    }
}
