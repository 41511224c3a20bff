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
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * linear-relation over L random values with random coefficients (the constant makes the relation hold): one
 * commitment to all L values and the constant-coefficient proof; verify against the statement.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class LinearRelationProofBenchmark {

    @Param({"nz-128", "nz-192", "nz-256"})
    public String preset;

    @Param({"3", "64", "1024", "4096"})
    public int values;

    private ParameterSet set;
    private Randomness randomness;
    private long[] committed;
    private long[] coefficients;
    private long constant;
    private byte[] context;
    private ProofResult result;

    @Setup
    public void setUp() {
        set = Presets.byId(preset);
        randomness = new SecureRandom()::nextBytes;
        SplittableRandom random = new SplittableRandom(11);
        long q = set.parameters().modulus();
        committed = new long[values];
        coefficients = new long[values];
        long sum = 0;
        for (int i = 0; i < values; i++) {
            committed[i] = random.nextLong(q);
            coefficients[i] = random.nextLong(q);
            sum = (sum + committed[i] * coefficients[i] % q) % q; // q < 2^31: each product fits in a long
        }
        constant = sum;
        context = randomness.nextBytes(32);
        result = commitAndProve();
        if (!verify().valid()) {
            throw new IllegalStateException("benchmark proof does not verify");
        }
    }

    @Benchmark
    public ProofResult commitAndProve() {
        return LinearRelationProof.commitAndProve(set, committed, coefficients, constant, context, randomness);
    }

    @Benchmark
    public VerificationResult verify() {
        return LinearRelationProof.verify(set, result.statement(), context, result.proof());
    }
}
