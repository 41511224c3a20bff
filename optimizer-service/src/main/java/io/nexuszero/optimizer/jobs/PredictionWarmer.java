package io.nexuszero.optimizer.jobs;

import io.dropwizard.lifecycle.Managed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Recomputes the prediction tables in the background whenever the model or the search space changes (and once at
 * start), so no request pays for it. Requests that come in meanwhile are answered with the tables computed so far.
 */
public class PredictionWarmer implements Managed {
    private static final Logger LOG = LoggerFactory.getLogger(PredictionWarmer.class);

    private final Runnable warmUp;
    private final AtomicBoolean pending = new AtomicBoolean();
    // Requests before start (a model loaded while the application is wired) wait for the warm-up at start.
    private volatile boolean started;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "prediction-warmup");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        return thread;
    });

    public PredictionWarmer(Runnable warmUp) {
        this.warmUp = warmUp;
    }

    /** Asks for a warm-up; several requests while one is queued coalesce into one. */
    public void request() {
        if (started && pending.compareAndSet(false, true) && !executor.isShutdown()) {
            executor.execute(() -> {
                pending.set(false);
                long start = System.nanoTime();
                try {
                    warmUp.run();
                    LOG.info("Prediction tables ready in {} ms", (System.nanoTime() - start) / 1_000_000);
                } catch (RuntimeException e) {
                    LOG.error("Prediction warm-up failed; requests compute what they need", e);
                }
            });
        }
    }

    @Override
    public void start() {
        started = true;
        request();
    }

    @Override
    public void stop() throws InterruptedException {
        executor.shutdownNow();
        executor.awaitTermination(5, TimeUnit.SECONDS);
    }
}
