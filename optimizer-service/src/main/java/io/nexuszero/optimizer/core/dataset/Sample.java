package io.nexuszero.optimizer.core.dataset;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.nexuszero.optimizer.api.LatticeParameters;

import java.time.Instant;

/**
 * One measurement: median prove and verify time of one proof type at one witness length for one parameter set,
 * as crypto-service's benchmark endpoint reported it, with the proof size and the crypto-service version.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Sample(
        String candidateId,
        LatticeParameters parameters,
        String proofType,
        int witnessLength,
        double proveMicros,
        double verifyMicros,
        Long proofBytes,
        int iterations,
        String cryptoServiceVersion,
        Instant measuredAt) {
}
