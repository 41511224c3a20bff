package io.nexuszero.benchmarks;

import io.nexuszero.crypto.engine.params.ParameterSet;
import io.nexuszero.crypto.engine.proof.LinearRelationProof;
import io.nexuszero.crypto.engine.proof.ProofResult;
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

import java.security.SecureRandom;
import java.util.concurrent.TimeUnit;

/** linear-relation with j = 3 values: commitments to m1, m2, m3 and a proof of m1 + m2 − m3 = 0. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class LinearRelationProofBenchmark {

    private static final long[] VALUES = {1200, 34, 1234};
    private static final long[] COEFFICIENTS = {1, 1, -1};

    @Param({"nz-128", "nz-192", "nz-256"})
    public String preset;

    private ParameterSet set;
    private Randomness randomness;
    private byte[] context;
    private ProofResult result;

    @Setup
    public void setUp() {
        set = Presets.byId(preset);
        randomness = new SecureRandom()::nextBytes;
        context = randomness.nextBytes(32);
        result = commitAndProve();
        if (!verify().valid()) {
            throw new IllegalStateException("benchmark proof does not verify");
        }
    }

    @Benchmark
    public ProofResult commitAndProve() {
        return LinearRelationProof.commitAndProve(set, VALUES, COEFFICIENTS, 0, context, randomness);
    }

    @Benchmark
    public VerificationResult verify() {
        return LinearRelationProof.verify(set, result.statement(), context, result.proof());
    }
}
