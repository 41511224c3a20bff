package io.nexuszero.benchmarks;

import io.nexuszero.crypto.engine.params.LatticeParameters;
import io.nexuszero.crypto.engine.ring.Ntt;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * One forward and one inverse negacyclic NTT of the preset's ring (n = 256 for every preset), in place. The
 * transform's running time does not depend on the data, so re-transforming the same array is representative.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class NttBenchmark {

    @Param({"nz-128", "nz-192", "nz-256"})
    public String preset;

    private Ntt ntt;
    private int[] values;

    @Setup
    public void setUp() {
        LatticeParameters p = Presets.byId(preset).parameters();
        ntt = p.ring().ntt();
        SplittableRandom random = new SplittableRandom(1);
        values = new int[p.ringDegree()];
        for (int i = 0; i < values.length; i++) {
            values[i] = random.nextInt(p.modulus());
        }
    }

    @Benchmark
    public int[] nttForward() {
        ntt.forward(values);
        return values;
    }

    @Benchmark
    public int[] nttInverse() {
        ntt.inverse(values);
        return values;
    }
}
