package io.nexuszero.optimizer.api;

import java.time.Instant;

/** Which model produced a prediction. */
public record ModelRef(String id, Instant trainedAt) {
}
