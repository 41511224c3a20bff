package io.nexuszero.benchmarks;

import io.nexuszero.crypto.engine.params.LatticeParameters;
import io.nexuszero.crypto.engine.ring.Poly;
import io.nexuszero.crypto.engine.ring.PolyVec;
import io.nexuszero.crypto.engine.ring.Ring;
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
 * Products in the (partial) NTT domain of the preset's ring, where the proofs spend most of their time: one product
 * of two NTT-domain polynomials (the presets' q ≡ 17 mod 32 gives 8 blocks of d = 32 values, multiplied modulo
 * X^32 − r_j) and the inner product of two NTT-domain vectors of {@code length} entries (PolyVec.dot, which
 * PolyMatrix's products share). Running time does not depend on the values.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class BaseMultiplyBenchmark {

    @Param({"nz-128"})
    public String preset;

    @Param({"6", "24"})
    public int length;

    private Poly a;
    private Poly b;
    private PolyVec left;
    private PolyVec right;

    @Setup
    public void setUp() {
        LatticeParameters p = Presets.byId(preset).parameters();
        Ring ring = p.ring();
        SplittableRandom random = new SplittableRandom(1);
        a = randomNtt(ring, random);
        b = randomNtt(ring, random);
        Poly[] x = new Poly[length];
        Poly[] y = new Poly[length];
        for (int i = 0; i < length; i++) {
            x[i] = randomNtt(ring, random);
            y[i] = randomNtt(ring, random);
        }
        left = PolyVec.of(x);
        right = PolyVec.of(y);
    }

    private static Poly randomNtt(Ring ring, SplittableRandom random) {
        int[] values = new int[ring.degree()];
        for (int i = 0; i < values.length; i++) {
            values[i] = random.nextInt(ring.modulus());
        }
        return Poly.ofCoefficients(ring, values).toNtt();
    }

    @Benchmark
    public Poly multiply() {
        return a.multiply(b);
    }

    @Benchmark
    public Poly dot() {
        return left.dot(right);
    }
}
