package io.nexuszero.benchmarks;

import io.nexuszero.crypto.engine.params.ParameterSet;
import io.nexuszero.crypto.engine.proof.ProofResult;
import io.nexuszero.crypto.engine.proof.RangeBounds;
import io.nexuszero.crypto.engine.proof.RangeProof;
import io.nexuszero.crypto.engine.proof.VerificationResult;
import io.nexuszero.crypto.engine.sampling.Randomness;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * range over L random 64-bit values in [0, 2^64 − 1]: one commitment to their bits and the range proof; verify
 * against the statement. L = 1, 16, 64 and 1024 (chunks of 16 values from L = 17 on: docs/CRYPTO.md, section 4).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RangeProofBenchmark {

    static final RangeBounds SIXTY_FOUR_BITS =
            RangeBounds.shared(BigInteger.ZERO, BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE));

    @Param({"nz-128"})
    public String preset;

    @Param({"1", "16", "64", "1024"})
    public int values;

    private ParameterSet set;
    private Randomness randomness;
    private BigInteger[] committed;
    private byte[] context;
    private ProofResult result;

    @Setup
    public void setUp() {
        set = Presets.byId(preset);
        randomness = new SecureRandom()::nextBytes;
        committed = randomValues(values, 13);
        context = randomness.nextBytes(32);
        result = commitAndProve();
        if (!verify().valid()) {
            throw new IllegalStateException("benchmark proof does not verify");
        }
    }

    static BigInteger[] randomValues(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        BigInteger[] out = new BigInteger[count];
        for (int i = 0; i < count; i++) {
            out[i] = new BigInteger(Long.toUnsignedString(random.nextLong()));
        }
        return out;
    }

    @Benchmark
    public ProofResult commitAndProve() {
        return RangeProof.commitAndProve(set, committed, SIXTY_FOUR_BITS, context, randomness);
    }

    @Benchmark
    public VerificationResult verify() {
        return RangeProof.verify(set, result.statement(), context, result.proof());
    }
}
