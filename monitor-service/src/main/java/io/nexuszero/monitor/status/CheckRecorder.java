package io.nexuszero.monitor.status;

import io.nexuszero.common.errors.ErrorMetrics;
import io.nexuszero.monitor.checks.CheckStore;
import io.nexuszero.monitor.metrics.ProbeMetrics;
import io.nexuszero.monitor.probe.CheckResult;
import io.nexuszero.monitor.probe.Target;
import io.nexuszero.monitor.probe.TargetState;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Where every probe result goes: the database first, then the in-memory board and the metrics. */
public class CheckRecorder implements Consumer<CheckResult> {

    private static final Logger LOG = LoggerFactory.getLogger(CheckRecorder.class);

    private final CheckStore store;
    private final StatusBoard board;
    private final ProbeMetrics metrics;
    private final ErrorMetrics errors;

    public CheckRecorder(CheckStore store, StatusBoard board, ProbeMetrics metrics, ErrorMetrics errors) {
        this.store = store;
        this.board = board;
        this.metrics = metrics;
        this.errors = errors;
    }

    @Override
    public void accept(CheckResult result) {
        TargetState previous = board.state(result.target());
        TargetState next = previous.after(result);
        metrics.record(result);
        try {
            store.record(result, next);
        } catch (RuntimeException e) {
            errors.record("check_storage_failed", ErrorMetrics.SERVER);
            LOG.error("Could not store a check of {}: {}", result.target(), e.getMessage());
        }
        board.put(next);
        if (previous.health() != next.health()) {
            LOG.info("Target {} is now {} ({})", result.target(), next.health().label(), result.reason());
        }
    }
}
