package io.nexuszero.crypto.engine.sampling;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The trials behind the Gaussian sampler and the Gaussian rejection step: the 128-bit arithmetic against BigInteger,
 * the slow path's probabilities against 60-digit BigDecimal values of 2^(−t/s), and observed frequencies against
 * 2^(−t/s).
 */
class BernoulliExpTest {

    private static final BigInteger TWO_128 = BigInteger.ONE.shiftLeft(128);

    @Test
    void fixedPointProductsAreExactFloors() {
        Random random = new Random(5);
        for (int i = 0; i < 10_000; i++) {
            long aHi = random.nextLong();
            long aLo = random.nextLong();
            long bHi = i % 7 == 0 ? -1L : random.nextLong();
            long bLo = i % 11 == 0 ? -1L : random.nextLong();
            long[] out = new long[2];
            FixedPoint128.multiply(aHi, aLo, bHi, bLo, out);
            BigInteger expected = unsigned(aHi, aLo).multiply(unsigned(bHi, bLo)).shiftRight(128);
            assertThat(unsigned(out[0], out[1])).isEqualTo(expected);
        }
    }

    @Test
    void slowPathProbabilitiesAreWithin2ToMinus120() {
        Random random = new Random(6);
        for (long scale : new long[] {1, 7, 1_000, 2_704_000_000L, (1L << 48) - 5}) {
            BernoulliExp trial = BernoulliExp.withScale(scale);
            for (int i = 0; i < 200; i++) {
                long t = i < 3 ? new long[] {0, scale, 127 * scale}[i] : (long) (random.nextDouble() * 40 * scale);
                long[] got = trial.probability(t);
                BigDecimal exact = FixedPoint128.twoToMinus(new BigDecimal(t).divide(new BigDecimal(scale),
                        FixedPoint128.CONTEXT));
                BigInteger exactScaled = exact.multiply(new BigDecimal(TWO_128)).setScale(0, RoundingMode.FLOOR)
                        .toBigInteger();
                BigInteger error = exactScaled.subtract(unsigned(got[0], got[1])).abs();
                assertThat(error).as("s = %d, t = %d", scale, t).isLessThanOrEqualTo(BigInteger.valueOf(256));
            }
        }
    }

    @Test
    void frequenciesFollowTwoToTheMinusTOverS() {
        BernoulliExp trial = BernoulliExp.withScale(1000);
        int n = 200_000;
        try (WordStream words = new WordStream(AesCtrStream.fromSeed(new byte[32]))) {
            for (long t : new long[] {0, 1, 500, 1000, 3000, 10_000, 30_000}) {
                int hits = 0;
                for (int i = 0; i < n; i++) {
                    hits += trial.sample(t, words) ? 1 : 0;
                }
                double p = Math.pow(2, -t / 1000.0);
                double sd = Math.sqrt(p * (1 - p) / n);
                assertThat(Math.abs((double) hits / n - p)).as("t = %d", t).isLessThanOrEqualTo(5 * sd + 1e-9);
            }
            for (int i = 0; i < 1000; i++) {
                assertThat(trial.sample(128_000, words)).isFalse();
            }
        }
    }

    private static BigInteger unsigned(long hi, long lo) {
        return new BigInteger(Long.toUnsignedString(hi)).shiftLeft(64).add(new BigInteger(Long.toUnsignedString(lo)));
    }
}
