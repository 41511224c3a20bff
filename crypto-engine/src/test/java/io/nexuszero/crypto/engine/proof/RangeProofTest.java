package io.nexuszero.crypto.engine.proof;

import io.nexuszero.crypto.engine.params.Presets;
import io.nexuszero.crypto.engine.sampling.Randomness;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RangeProofTest {

    private static final byte[] CONTEXT = {5, 5};
    private static final BigInteger MAX_U64 = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    /** Random bounds (negative, huge, narrow, d = 0, d = 2^64 − 1) and values including both bounds. */
    record Instance(BigInteger[] values, RangeBounds bounds) {
        static Instance random(int count, Random random) {
            List<BigInteger> min = new ArrayList<>();
            List<BigInteger> max = new ArrayList<>();
            BigInteger[] values = new BigInteger[count];
            boolean shared = random.nextBoolean();
            for (int i = 0; i < (shared ? 1 : count); i++) {
                BigInteger low = switch (random.nextInt(4)) {
                    case 0 -> BigInteger.ZERO;
                    case 1 -> BigInteger.valueOf(random.nextLong());
                    case 2 -> new BigInteger(120, random).negate();
                    default -> BigInteger.valueOf(18);
                };
                BigInteger width = switch (random.nextInt(5)) {
                    case 0 -> BigInteger.ZERO;
                    case 1 -> MAX_U64;
                    case 2 -> BigInteger.valueOf(random.nextInt(200));
                    default -> new BigInteger(1 + random.nextInt(64), random);
                };
                min.add(low);
                max.add(low.add(width));
            }
            RangeBounds bounds = shared ? RangeBounds.shared(min.get(0), max.get(0)) : RangeBounds.perValue(min, max);
            for (int i = 0; i < count; i++) {
                BigInteger d = bounds.width(i);
                BigInteger offset = switch (random.nextInt(4)) {
                    case 0 -> BigInteger.ZERO;
                    case 1 -> d;
                    default -> new BigInteger(Math.max(1, d.bitLength()), random).min(d);
                };
                values[i] = bounds.minOf(i).add(offset);
            }
            return new Instance(values, bounds);
        }
    }

    /** Format 1 encodings (kind 0x05 / 0x85: one weight vector per row and copy) answer their own reason. */
    @Test
    void retiredFormatOneEncodingsAreUnsupportedFormat() {
        ProofParameters p = TestParameters.SMALL;
        ProofResult result = RangeProof.commitAndProve(p, new BigInteger[] {BigInteger.TWO},
                RangeBounds.shared(BigInteger.ZERO, BigInteger.TEN), CONTEXT, Randomness.deterministic(new byte[] {40}));
        assertThat(result.proof()[3]).isEqualTo((byte) 0x06);
        byte[] oldProof = result.proof().clone();
        oldProof[3] = 0x05;
        byte[] oldStatement = result.statement().clone();
        oldStatement[3] = (byte) 0x85;
        assertThat(RangeProof.verify(p, result.statement(), CONTEXT, oldProof).reason())
                .isEqualTo("unsupported_format");
        assertThat(RangeProof.verify(p, oldStatement, CONTEXT, result.proof()).reason())
                .isEqualTo("unsupported_format");
        assertThat(RangeProof.verify(p, result.statement(), CONTEXT, result.proof()).valid()).isTrue();
    }

    @Test
    void thousandsOfRandomInstancesVerifyOnTheSmallSet() {
        ProofParameters p = TestParameters.SMALL;
        Randomness randomness = Randomness.deterministic(new byte[] {41});
        Random random = new Random(41);
        for (int round = 0; round < 2000; round++) {
            assertProves(p, Instance.random(1 + random.nextInt(8), random), randomness);
        }
    }

    @Test
    void randomInstancesVerifyAtEveryPreset() {
        Randomness randomness = Randomness.deterministic(new byte[] {42});
        Random random = new Random(42);
        for (var set : Presets.all()) {
            ProofParameters p = ProofParameters.of(set);
            for (int count : new int[] {1, 2, 5, 8}) {
                for (int round = 0; round < (set == Presets.NZ_128 ? 40 : 5); round++) {
                    assertProves(p, Instance.random(count, random), randomness);
                }
            }
        }
    }

    @Test
    void theLargestProvableCountVerifies() {
        ProofParameters p = TestParameters.SMALL;
        int count = RangeProof.maxValues(p);
        assertThat(count).isGreaterThan(8);
        assertProves(p, Instance.random(count, new Random(43)), Randomness.deterministic(new byte[] {43}));
        assertThatThrownBy(() -> RangeProof.commitAndProve(p, Instance.random(count + 1, new Random(43)).values(),
                RangeBounds.shared(BigInteger.ZERO, MAX_U64), CONTEXT, Randomness.deterministic(new byte[] {43})))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(String.valueOf(count));
    }

    @Test
    void parametersThatCannotProveOneValueStillHaveSizesAndAttemptsButRefuseToProve() {
        // nz-128 with γ = 2^13: one value's loop alone expects more than the repetition cap with uniform masks
        // (e^57) and Gaussian ones (σ ≤ B/5.8 is below ‖c·r‖₂'s bound T); crypto-service's evaluate reports sizes
        // and attempts for every valid set, and answered 500 here when these threw
        ProofParameters p = ProofParameters.of("narrow-gamma", 256, 268435313, 6, 6, "cbd", 2, 23, 1 << 13);
        assertThat(RangeProof.maxValues(p)).isZero();
        assertThat(RangeProof.chunkValues(p)).isZero();
        assertThat(RangeProof.proofLength(p, 16)).isGreaterThan(RangeProof.proofLength(p, 1)).isPositive();
        assertThat(RangeProof.statementLength(p, 16, true)).isGreaterThan(RangeProof.statementLength(p, 1, true));
        assertThat(RangeProof.expectedAttempts(p, 1)).isGreaterThan(Rejection.MAX_EXPECTED_ATTEMPTS);
        assertThat(RangeProof.expectedAttempts(p, 16)).isGreaterThan(RangeProof.expectedAttempts(p, 1));
        assertThat(RangeProof.maskedPolynomials(p, 16)).isEqualTo(RangeProof.maskedPolynomials(p, 1));
        assertThatThrownBy(() -> RangeProof.commitAndProve(p, Instance.random(1, new Random(44)).values(),
                RangeBounds.shared(BigInteger.ZERO, MAX_U64), CONTEXT, Randomness.deterministic(new byte[] {44})))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static void assertProves(ProofParameters p, Instance instance, Randomness randomness) {
        ProofResult result = RangeProof.commitAndProve(p, instance.values(), instance.bounds(), CONTEXT, randomness);
        int count = instance.values().length;
        assertThat(result.proof()).hasSize(RangeProof.proofLength(p, count));
        assertThat(result.statement()).hasSize(RangeProof.statementLength(p, count, instance.bounds().shared()));
        assertThat(RangeProof.verify(p, result.statement(), CONTEXT, result.proof()))
                .isEqualTo(VerificationResult.ok());
        assertThat(RangeProof.readFields(p, result.statement()))
                .contains(new StatementFields(count, java.util.Optional.empty(),
                        java.util.Optional.of(instance.bounds())));
    }

    @Test
    void aValueJustOutsideItsBoundsIsRefusedNamingOnlyThePosition() {
        ProofParameters p = ProofParameters.of(Presets.NZ_128);
        RangeBounds bounds = RangeBounds.shared(BigInteger.valueOf(18), BigInteger.valueOf(130));
        for (long outside : new long[] {17, 131}) {
            assertThatThrownBy(() -> RangeProof.commitAndProve(p,
                    new BigInteger[] {BigInteger.valueOf(20), BigInteger.valueOf(outside)}, bounds, CONTEXT,
                    Randomness.deterministic(new byte[] {1})))
                    .isInstanceOf(RangeProof.ValueOutOfRangeException.class)
                    .hasMessage("value 1 is outside its bounds")
                    .satisfies(e -> assertThat(((RangeProof.ValueOutOfRangeException) e).position()).isEqualTo(1));
        }
        RangeBounds full = RangeBounds.shared(BigInteger.ZERO, MAX_U64);
        assertThatThrownBy(() -> RangeProof.commitAndProve(p, new BigInteger[] {MAX_U64.add(BigInteger.ONE)}, full,
                CONTEXT, Randomness.deterministic(new byte[] {1})))
                .isInstanceOf(RangeProof.ValueOutOfRangeException.class);
        assertThatThrownBy(() -> RangeProof.commitAndProve(p, new BigInteger[] {BigInteger.ONE.negate()}, full,
                CONTEXT, Randomness.deterministic(new byte[] {1})))
                .isInstanceOf(RangeProof.ValueOutOfRangeException.class);
    }

    @Test
    void aProofSpeaksOnlyAboutItsOwnStatementAndContext() {
        ProofParameters p = ProofParameters.of(Presets.NZ_128);
        Randomness randomness = Randomness.deterministic(new byte[] {44});
        RangeBounds bounds = RangeBounds.shared(BigInteger.ZERO, BigInteger.valueOf(1000));
        ProofResult a = RangeProof.commitAndProve(p, new BigInteger[] {BigInteger.valueOf(999)}, bounds, CONTEXT,
                randomness);
        ProofResult b = RangeProof.commitAndProve(p, new BigInteger[] {BigInteger.valueOf(999)}, bounds, CONTEXT,
                randomness);
        assertThat(RangeProof.verify(p, a.statement(), new byte[] {1}, a.proof()).reason())
                .isEqualTo(VerificationResult.CHALLENGE_MISMATCH);
        assertThat(RangeProof.verify(p, b.statement(), CONTEXT, a.proof()).reason())
                .isEqualTo(VerificationResult.CHALLENGE_MISMATCH);
        // the same commitments under narrower bounds: the statement changes, so the proof no longer fits
        byte[] narrower = RangeStatement.encode(p, 1, RangeBounds.shared(BigInteger.ZERO, BigInteger.valueOf(999)),
                decoded(p, a.statement()).commitments().get(0));
        assertThat(RangeProof.verify(p, narrower, CONTEXT, a.proof()).valid()).isFalse();
        assertThat(RangeProof.verify(ProofParameters.of(Presets.NZ_192), a.statement(), CONTEXT, a.proof()).reason())
                .isEqualTo("wrong_parameter_set");
    }

    @Test
    void everyTamperedByteIsRejected() {
        ProofParameters p = ProofParameters.of(Presets.NZ_128);
        ProofResult result = RangeProof.commitAndProve(p, new BigInteger[] {BigInteger.valueOf(77)},
                RangeBounds.shared(BigInteger.ZERO, MAX_U64), CONTEXT, Randomness.deterministic(new byte[] {45}));
        RangeLayout layout = RangeLayout.of(p, 1);
        int responsePolys = RangeEncoding.statementRandomness(p, layout) + RangeEncoding.auxiliaryRandomness(p, layout);
        for (int position : Tampering.positions(p, result.proof().length, responsePolys, 97)) {
            byte[] tampered = result.proof().clone();
            tampered[position] ^= 0x01;
            assertThat(RangeProof.verify(p, result.statement(), CONTEXT, tampered).valid())
                    .as("byte %d", position).isFalse();
        }
        for (int position = 0; position < result.statement().length; position += 41) {
            byte[] tampered = result.statement().clone();
            tampered[position] ^= 0x01;
            assertThat(RangeProof.verify(p, tampered, CONTEXT, result.proof()).valid())
                    .as("statement byte %d", position).isFalse();
        }
    }

    private static RangeStatement.Decoded decoded(ProofParameters p, byte[] statement) {
        try {
            return RangeStatement.decode(p, statement);
        } catch (io.nexuszero.crypto.engine.packing.DecodingException e) {
            throw new AssertionError(e);
        }
    }
}
