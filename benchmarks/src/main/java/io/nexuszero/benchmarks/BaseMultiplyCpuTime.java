package io.nexuszero.benchmarks;

import io.nexuszero.crypto.engine.ring.Poly;
import io.nexuszero.crypto.engine.ring.PolyVec;
import io.nexuszero.crypto.engine.ring.Ring;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.SplittableRandom;
import java.util.function.IntSupplier;

/**
 * The operations of {@link BaseMultiplyBenchmark} in thread CPU time (robust to a shared machine): µs per NTT-domain
 * product and per inner product of 6 and 24 entries, best of 15 batches after a warm-up. Run with
 * {@code java -cp benchmarks/target/benchmarks.jar io.nexuszero.benchmarks.BaseMultiplyCpuTime [preset]}.
 */
public final class BaseMultiplyCpuTime {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private BaseMultiplyCpuTime() {
    }

    public static void main(String[] args) {
        String preset = args.length > 0 ? args[0] : "nz-128";
        Ring ring = Presets.byId(preset).parameters().ring();
        SplittableRandom random = new SplittableRandom(1);
        Poly a = randomNtt(ring, random);
        Poly b = randomNtt(ring, random);
        PolyVec[] six = {vector(ring, random, 6), vector(ring, random, 6)};
        PolyVec[] twentyFour = {vector(ring, random, 24), vector(ring, random, 24)};
        System.out.printf("%s (n = %d, q = %d, d = %d), thread CPU µs/op, best of 15 batches:%n", preset,
                ring.degree(), ring.modulus(), ring.ntt().slotDegree());
        System.out.printf("multiply %.2f%n", microseconds(() -> a.multiply(b).get(0), 4000));
        System.out.printf("dot6 %.2f%n", microseconds(() -> six[0].dot(six[1]).get(0), 1000));
        System.out.printf("dot24 %.2f%n", microseconds(() -> twentyFour[0].dot(twentyFour[1]).get(0), 250));
    }

    private static double microseconds(IntSupplier operation, int perBatch) {
        int sink = 0;
        long best = Long.MAX_VALUE;
        for (int batch = 0; batch < 40; batch++) { // the first 25 batches warm the JIT up
            long start = THREADS.getCurrentThreadCpuTime();
            for (int i = 0; i < perBatch; i++) {
                sink += operation.getAsInt();
            }
            long elapsed = THREADS.getCurrentThreadCpuTime() - start;
            if (batch >= 25) {
                best = Math.min(best, elapsed);
            }
        }
        if (sink == 42) {
            System.out.print(""); // keeps the results alive
        }
        return best / 1000.0 / perBatch;
    }

    private static PolyVec vector(Ring ring, SplittableRandom random, int length) {
        Poly[] entries = new Poly[length];
        for (int i = 0; i < length; i++) {
            entries[i] = randomNtt(ring, random);
        }
        return PolyVec.of(entries);
    }

    private static Poly randomNtt(Ring ring, SplittableRandom random) {
        int[] values = new int[ring.degree()];
        for (int i = 0; i < values.length; i++) {
            values[i] = random.nextInt(ring.modulus());
        }
        return Poly.ofCoefficients(ring, values).toNtt();
    }
}
