package io.nexuszero.optimizer.jobs;

import io.nexuszero.optimizer.api.HoldoutMetrics;
import io.nexuszero.optimizer.api.TrainingJobView;

import java.time.Clock;
import java.time.Instant;

/** One training job's state; the runner thread writes it, request threads read snapshots of it. */
public final class TrainingJob {
    public enum Status { QUEUED, RUNNING, SUCCEEDED, FAILED }

    private final String id;
    private final TrainingDesign design;
    private final Clock clock;
    private final Instant createdAt;
    private Status status = Status.QUEUED;
    private int collected;
    private int planned;
    private int skipped;
    private String error;
    private Instant finishedAt;
    private String modelId;
    private Boolean promoted;
    private HoldoutMetrics holdout;

    public TrainingJob(String id, TrainingDesign design, Clock clock) {
        this.id = id;
        this.design = design;
        this.clock = clock;
        this.createdAt = clock.instant();
    }

    public String id() {
        return id;
    }

    public TrainingDesign design() {
        return design;
    }

    public synchronized boolean finished() {
        return status == Status.SUCCEEDED || status == Status.FAILED;
    }

    synchronized void running(int plannedSamples) {
        status = Status.RUNNING;
        planned = plannedSamples;
    }

    synchronized void sampleCollected() {
        collected++;
    }

    synchronized void pointSkipped() {
        skipped++;
    }

    synchronized void succeeded(String trainedModelId, boolean wasPromoted, HoldoutMetrics metrics) {
        status = Status.SUCCEEDED;
        modelId = trainedModelId;
        promoted = wasPromoted;
        holdout = metrics;
        finishedAt = clock.instant();
    }

    synchronized void failed(String reason) {
        status = Status.FAILED;
        error = reason;
        finishedAt = clock.instant();
    }

    public synchronized TrainingJobView view() {
        return new TrainingJobView(id, status.name().toLowerCase(java.util.Locale.ROOT),
                new TrainingJobView.Progress(collected, planned, skipped), error, createdAt, finishedAt, modelId, promoted, holdout);
    }
}
