package io.nexuszero.benchmarks;

import io.nexuszero.crypto.engine.params.ParameterSet;
import io.nexuszero.crypto.engine.proof.CommitmentOpeningProof;
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

/** commitment-opening: commit to L random integers and prove the opening; verify against the statement. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CommitmentProofBenchmark {

    @Param({"nz-128", "nz-192", "nz-256"})
    public String preset;

    @Param({"1", "64", "1024"})
    public int values;

    private ParameterSet set;
    private Randomness randomness;
    private long[] committed;
    private byte[] context;
    private ProofResult result;

    @Setup
    public void setUp() {
        set = Presets.byId(preset);
        randomness = new SecureRandom()::nextBytes;
        SplittableRandom random = new SplittableRandom(7);
        committed = new long[values];
        for (int i = 0; i < values; i++) {
            committed[i] = random.nextInt(set.parameters().modulus());
        }
        context = randomness.nextBytes(32);
        result = CommitmentOpeningProof.commitAndProve(set, committed, context, randomness);
        if (!verify().valid()) {
            throw new IllegalStateException("benchmark proof does not verify");
        }
    }

    @Benchmark
    public ProofResult commitAndProve() {
        return CommitmentOpeningProof.commitAndProve(set, committed, context, randomness);
    }

    @Benchmark
    public VerificationResult verify() {
        return CommitmentOpeningProof.verify(set, result.statement(), context, result.proof());
    }
}
