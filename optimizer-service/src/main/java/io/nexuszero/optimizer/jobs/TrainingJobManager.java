package io.nexuszero.optimizer.jobs;

import io.dropwizard.lifecycle.Managed;
import io.nexuszero.optimizer.metrics.TrainingMetrics;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.MDC;

/**
 * Runs training jobs one at a time on their own thread, so a job never holds up a request. Remembers the most
 * recent jobs (in memory: a restart forgets job history, not the models or samples a job produced).
 */
public class TrainingJobManager implements Managed {
    private static final int REMEMBERED_JOBS = 100;

    private final TrainingJobRunner runner;
    private final TrainingMetrics metrics;
    private final Clock clock;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "training-job");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, TrainingJob> jobs = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, TrainingJob> eldest) {
            return size() > REMEMBERED_JOBS;
        }
    };
    private TrainingJob latest;

    public TrainingJobManager(TrainingJobRunner runner, TrainingMetrics metrics, Clock clock) {
        this.runner = runner;
        this.metrics = metrics;
        this.clock = clock;
    }

    public synchronized TrainingJob submit(TrainingDesign design) throws JobAlreadyRunningException {
        if (latest != null && !latest.finished()) {
            metrics.trainingJobFinished(TrainingMetrics.REJECTED);
            throw new JobAlreadyRunningException(latest.id());
        }
        TrainingJob job = new TrainingJob(UUID.randomUUID().toString(), design, clock);
        jobs.put(job.id(), job);
        latest = job;
        // The job runs under the request id of the request that started it: its log lines, and crypto-service's
        // for the benchmarks it asks for, carry the id the caller saw.
        Map<String, String> context = MDC.getCopyOfContextMap();
        executor.execute(() -> {
            if (context != null) {
                MDC.setContextMap(context);
            }
            try {
                runner.run(job);
            } finally {
                MDC.clear();
            }
        });
        return job;
    }

    public synchronized Optional<TrainingJob> find(String id) {
        return Optional.ofNullable(jobs.get(id));
    }

    @Override
    public void stop() throws InterruptedException {
        executor.shutdownNow();   // interrupts a running job: it fails with "interrupted" rather than hold shutdown
        executor.awaitTermination(10, TimeUnit.SECONDS);
    }
}
