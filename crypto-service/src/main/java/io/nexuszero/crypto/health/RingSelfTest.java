package io.nexuszero.crypto.health;

import io.nexuszero.crypto.engine.ring.Poly;
import io.nexuszero.crypto.engine.ring.Ring;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Checks the ring arithmetic this process will use: the NTT round trip and an NTT product against schoolbook
 * negacyclic multiplication, for the given (n, q). A broken build (wrong tables, JIT miscompile) fails here.
 */
final class RingSelfTest {

    private RingSelfTest() {
    }

    static void check(int n, int q) {
        Ring ring = Ring.of(n, q);
        SplittableRandom random = new SplittableRandom(n * 31L + q);
        int[] a = random.ints(n, 0, q).toArray();
        int[] b = random.ints(n, 0, q).toArray();
        Poly pa = Poly.ofCoefficients(ring, a);
        if (!Arrays.equals(pa.toNtt().fromNtt().values(), a)) {
            throw new IllegalStateException("NTT round trip failed for n=" + n + ", q=" + q);
        }
        int[] product = pa.multiply(Poly.ofCoefficients(ring, b)).values();
        if (!Arrays.equals(product, schoolbook(a, b, q))) {
            throw new IllegalStateException("NTT product differs from schoolbook for n=" + n + ", q=" + q);
        }
    }

    /** Z_q[X]/(X^n + 1) product the slow, obviously correct way. */
    private static int[] schoolbook(int[] a, int[] b, int q) {
        int n = a.length;
        long[] acc = new long[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                long term = (long) a[i] * b[j] % q;
                int k = i + j;
                if (k < n) {
                    acc[k] = (acc[k] + term) % q;
                } else {
                    acc[k - n] = (acc[k - n] - term + q) % q;
                }
            }
        }
        return Arrays.stream(acc).mapToInt(v -> (int) v).toArray();
    }
}
