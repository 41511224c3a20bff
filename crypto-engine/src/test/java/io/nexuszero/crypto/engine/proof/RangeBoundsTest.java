package io.nexuszero.crypto.engine.proof;

import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The one-decomposition weights: every binary choice lands in [0, d], and every offset in [0, d] has bits. */
class RangeBoundsTest {

    @Test
    void subsetSumsAreExactlyTheRangeForEverySmallWidth() {
        for (int d = 0; d <= 200; d++) {
            RangeBounds bounds = RangeBounds.shared(BigInteger.valueOf(-7), BigInteger.valueOf(d - 7));
            int k = bounds.bits(0);
            Set<BigInteger> sums = new HashSet<>();
            for (int choice = 0; choice < 1 << k; choice++) {
                int[] bits = new int[k];
                for (int j = 0; j < k; j++) {
                    bits[j] = choice >> j & 1;
                }
                BigInteger sum = bounds.offsetOf(0, bits);
                assertThat(sum.signum()).isNotNegative();
                assertThat(sum).isLessThanOrEqualTo(BigInteger.valueOf(d));
                sums.add(sum);
            }
            assertThat(sums).hasSize(d + 1);
            for (int u = 0; u <= d; u++) {
                assertThat(bounds.offsetOf(0, bounds.decompose(0, BigInteger.valueOf(u)))).isEqualTo(BigInteger.valueOf(u));
            }
        }
    }

    @Test
    void wideRangesDecomposeAndRecompose() {
        Random random = new Random(5);
        BigInteger max64 = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
        for (int i = 0; i < 2000; i++) {
            BigInteger d = i % 4 == 0 ? max64 : new BigInteger(1 + random.nextInt(64), random);
            RangeBounds bounds = RangeBounds.shared(BigInteger.ZERO, d);
            assertThat(bounds.bits(0)).isLessThanOrEqualTo(RangeBounds.MAX_BITS);
            for (BigInteger u : List.of(BigInteger.ZERO, d, d.shiftRight(1), new BigInteger(d.bitLength(), random).min(d))) {
                int[] bits = bounds.decompose(0, u);
                assertThat(java.util.Arrays.stream(bits).allMatch(b -> b == 0 || b == 1)).isTrue();
                assertThat(bounds.offsetOf(0, bits)).isEqualTo(u);
            }
        }
    }

    @Test
    void badBoundsAreRefusedWithTheRule() {
        BigInteger two64 = BigInteger.ONE.shiftLeft(64);
        assertThat(RangeBounds.problem(BigInteger.TEN, BigInteger.ONE)).isEqualTo("min must not exceed max");
        assertThat(RangeBounds.problem(BigInteger.ZERO, two64)).isEqualTo("max − min must be below 2^64");
        assertThat(RangeBounds.problem(BigInteger.ONE.shiftLeft(127), BigInteger.ONE.shiftLeft(127)))
                .isEqualTo("bounds must satisfy |x| < 2^127");
        assertThat(RangeBounds.problem(two64.negate(), BigInteger.ONE.negate())).isNull();
        assertThatThrownBy(() -> RangeBounds.shared(BigInteger.TEN, BigInteger.ONE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RangeBounds.perValue(List.of(BigInteger.ONE), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
