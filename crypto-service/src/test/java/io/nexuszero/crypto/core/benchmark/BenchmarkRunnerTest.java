package io.nexuszero.crypto.core.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class BenchmarkRunnerTest {

    @Test
    void statisticsFollowTheSamples() {
        long[] nanos = {5_000, 1_000, 3_000, 2_000, 4_000, 6_000, 7_000, 8_000, 9_000, 10_000};
        BenchmarkResult result = BenchmarkRunner.summarize(nanos, null);
        assertThat(result.iterations()).isEqualTo(10);
        assertThat(result.medianMicros()).isEqualTo(5.5);
        assertThat(result.p90Micros()).isEqualTo(9.1);
        assertThat(result.meanMicros()).isEqualTo(5.5);
    }

    @Test
    void warmsUpThenMeasuresEachIterationOnAFakeClock() {
        AtomicLong clock = new AtomicLong();
        AtomicInteger calls = new AtomicInteger();
        // each operation advances the fake clock by 2 µs
        BenchmarkRunner runner = new BenchmarkRunner(0, 3, Long.MAX_VALUE, clock::get);
        BenchmarkResult result = runner.run(() -> clock.addAndGet(2_000) + calls.incrementAndGet(), 20, (n, t) -> { });
        assertThat(calls.get()).isEqualTo(23);
        assertThat(result.iterations()).isEqualTo(20);
        assertThat(result.medianMicros()).isEqualTo(2.0);
    }

    @Test
    void budgetStopsSlowBenchmarksEarly() {
        AtomicLong clock = new AtomicLong();
        BenchmarkRunner runner = new BenchmarkRunner(0, 1, 10_000_000, clock::get);
        BenchmarkResult result = runner.run(() -> clock.addAndGet(4_000_000), 2000, (n, t) -> { });
        assertThat(result.iterations()).isLessThan(10);
    }

    @Test
    void gateAdmitsOneBenchmarkAtATime() {
        BenchmarkGate gate = new BenchmarkGate();
        var ticket = gate.tryEnter(100).orElseThrow();
        assertThat(gate.tryEnter(100)).isEmpty();
        ticket.done(10, 2_000_000_000L);
        assertThat(gate.retryAfterSeconds()).isEqualTo(18);
        ticket.close();
        assertThat(gate.tryEnter(100)).isPresent();
    }
}
