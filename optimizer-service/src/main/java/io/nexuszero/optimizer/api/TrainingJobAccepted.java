package io.nexuszero.optimizer.api;

/** 202 answer of POST /v1/training-jobs. */
public record TrainingJobAccepted(String jobId) {
}
