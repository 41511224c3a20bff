package io.nexuszero.monitor.probe;

import io.dropwizard.lifecycle.Managed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs every target on its own fixed-rate schedule. A single ticker thread only dispatches; probes run on a
 * bounded worker pool, each bounded by its target's timeout. A target whose previous probe is still running
 * skips that tick instead of queueing up, so a hanging target occupies at most one worker and never delays
 * the schedule of the others.
 */
public class ProbeScheduler implements Managed {

    private static final Logger LOG = LoggerFactory.getLogger(ProbeScheduler.class);

    private final List<Target> targets;
    private final HttpProber prober;
    private final Consumer<CheckResult> sink;
    private final int maxConcurrentProbes;
    private final Clock clock;
    private final Map<String, AtomicBoolean> inFlight = new ConcurrentHashMap<>();
    private final AtomicReference<Instant> lastDispatch = new AtomicReference<>();
    private final AtomicBoolean begun = new AtomicBoolean(false);
    private volatile ScheduledExecutorService ticker;
    private volatile ExecutorService workers;

    public ProbeScheduler(List<Target> targets, HttpProber prober, Consumer<CheckResult> sink,
                          int maxConcurrentProbes, Clock clock) {
        this.targets = List.copyOf(targets);
        this.prober = prober;
        this.sink = sink;
        this.maxConcurrentProbes = maxConcurrentProbes;
        this.clock = clock;
        targets.forEach(t -> inFlight.put(t.name(), new AtomicBoolean(false)));
    }

    @Override
    public void start() {
        prober.prepare(targets);
        ticker = Executors.newSingleThreadScheduledExecutor(new NamedThreads("probe-ticker"));
        workers = Executors.newFixedThreadPool(maxConcurrentProbes, new NamedThreads("probe-worker"));
        lastDispatch.set(clock.instant());
    }

    /**
     * Starts every target's schedule; called once the server is up, so the first probes neither race the
     * monitor's own start-up (it probes itself too) nor compete with it for the CPU.
     */
    public void beginProbing() {
        if (!begun.compareAndSet(false, true)) {
            return;
        }
        lastDispatch.set(clock.instant());
        for (Target target : targets) {
            ticker.scheduleAtFixedRate(() -> dispatch(target), 0, target.interval().toMillis(), TimeUnit.MILLISECONDS);
        }
        LOG.info("Probing {} targets with at most {} probes at a time", targets.size(), maxConcurrentProbes);
    }

    @Override
    public void stop() throws InterruptedException {
        if (ticker != null) {
            ticker.shutdownNow();
            workers.shutdownNow();
            ticker.awaitTermination(5, TimeUnit.SECONDS);
            workers.awaitTermination(5, TimeUnit.SECONDS);
        }
    }

    private void dispatch(Target target) {
        lastDispatch.set(clock.instant());
        AtomicBoolean running = inFlight.get(target.name());
        if (!running.compareAndSet(false, true)) {
            LOG.debug("Skipping a tick of {}: its previous probe is still running", target.name());
            return;
        }
        try {
            workers.execute(() -> probe(target, running));
        } catch (java.util.concurrent.RejectedExecutionException stopping) {
            running.set(false);
        }
    }

    private void probe(Target target, AtomicBoolean running) {
        try {
            sink.accept(prober.probe(target));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.error("Recording a probe of {} failed", target.name(), e);
        } finally {
            running.set(false);
        }
    }

    /**
     * Running while started, not stopped, and the ticker has dispatched recently (within twice the
     * shortest interval plus a second); with no targets there is nothing to tick and being started suffices.
     */
    public boolean isRunning() {
        ScheduledExecutorService current = ticker;
        if (current == null || current.isShutdown() || workers.isShutdown()) {
            return false;
        }
        if (targets.isEmpty()) {
            return true;
        }
        Duration shortest = targets.stream().map(Target::interval).min(Duration::compareTo).orElseThrow();
        Duration sinceDispatch = Duration.between(lastDispatch.get(), clock.instant());
        return sinceDispatch.compareTo(shortest.multipliedBy(2).plusSeconds(1)) <= 0;
    }

    public List<Target> targets() {
        return targets;
    }
}
