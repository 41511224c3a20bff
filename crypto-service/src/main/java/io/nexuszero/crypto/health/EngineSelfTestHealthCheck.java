package io.nexuszero.crypto.health;

import com.codahale.metrics.health.HealthCheck;
import java.util.List;

/**
 * The engine self-test, run once at startup and cached: ring arithmetic, key derivation and a real prove/verify
 * round trip. Healthy only if every step passed; a failure names the step (never secret data). Running it once keeps
 * /healthcheck cheap for frequent probes while still answering "does this process compute correctly?".
 */
public class EngineSelfTestHealthCheck extends HealthCheck {

    /** One named step of the self-test; throws if the engine misbehaves. */
    public record Step(String name, Runnable check) {
    }

    private final Result result;

    public EngineSelfTestHealthCheck(List<Step> steps) {
        this.result = run(steps);
    }

    private static Result run(List<Step> steps) {
        long start = System.nanoTime();
        for (Step step : steps) {
            try {
                step.check().run();
            } catch (RuntimeException | AssertionError e) {
                return Result.unhealthy("self-test step '" + step.name() + "' failed: " + e.getMessage());
            }
        }
        return Result.healthy("engine self-test passed (" + steps.stream().map(Step::name).toList() + ") in "
                + (System.nanoTime() - start) / 1_000_000 + " ms at startup");
    }

    /** The ring arithmetic step for the given (n, q). */
    public static Step ring(int n, int q) {
        return new Step("ntt-" + n + "-" + q, () -> RingSelfTest.check(n, q));
    }

    public boolean passed() {
        return result.isHealthy();
    }

    @Override
    protected Result check() {
        return result;
    }
}
