package io.nexuszero.optimizer.api;

/** Holdout error of one target (natural log of microseconds): RMSE, MAE and R². */
public record TargetMetrics(double rmse, double mae, double r2) {
}
