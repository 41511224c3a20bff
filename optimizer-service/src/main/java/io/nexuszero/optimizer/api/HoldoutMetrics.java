package io.nexuszero.optimizer.api;

/** Holdout metrics of a model's two targets, measured on candidates the model never saw. */
public record HoldoutMetrics(TargetMetrics prove, TargetMetrics verify, int testSamples) {

    /** The single number models are compared by: mean holdout RMSE over both targets. */
    public double meanRmse() {
        return (prove.rmse() + verify.rmse()) / 2;
    }

    public double meanR2() {
        return (prove.r2() + verify.r2()) / 2;
    }
}
