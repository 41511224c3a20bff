package io.nexuszero.benchmarks;

import io.nexuszero.crypto.engine.params.ParameterSet;
import io.nexuszero.crypto.engine.proof.LinearRelationProof;
import io.nexuszero.crypto.engine.sampling.Randomness;

import java.security.SecureRandom;
import java.util.SplittableRandom;

/**
 * linear-relation at one preset and L = 3, 64, 1024, 4096 in thread CPU time (robust to a shared machine): mean prove
 * time over many proofs (the attempts are geometric, so the mean is the expected cost), mean attempts, median verify
 * time, proof and statement bytes. Every length is first run once as warm-up (as many proofs as measured), then
 * measured, so later lengths do not profit from a warmer JIT. Run with
 * {@code java -cp benchmarks/target/benchmarks.jar io.nexuszero.benchmarks.LinearRelationCpuTime [preset] [proofs]}.
 */
public final class LinearRelationCpuTime {

    private LinearRelationCpuTime() {
    }

    public static void main(String[] args) {
        ParameterSet set = Presets.byId(args.length > 0 ? args[0] : "nz-128");
        int proofs = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        Randomness randomness = new SecureRandom()::nextBytes;
        byte[] context = randomness.nextBytes(32);
        System.out.println("preset L proveMsMean attemptsMean verifyMsMedian proofBytes statementBytes");
        for (int pass = 0; pass < 2; pass++) {
            for (int count : new int[] {3, 64, 1024, 4096}) {
                run(set, count, proofs, context, randomness, pass == 1);
            }
        }
    }

    private static void run(ParameterSet set, int count, int proofs, byte[] context, Randomness randomness,
                            boolean report) {
        long q = set.parameters().modulus();
        SplittableRandom random = new SplittableRandom(count);
        long[] values = random.longs(count, 0, q).toArray();
        long[] coefficients = random.longs(count, 0, q).toArray();
        long constant = 0;
        for (int i = 0; i < count; i++) {
            constant = (constant + values[i] * coefficients[i] % q) % q;
        }
        long relationConstant = constant;
        ProofCpuTime.Result result = ProofCpuTime.measure(proofs,
                () -> LinearRelationProof.commitAndProve(set, values, coefficients, relationConstant, context, randomness),
                proof -> LinearRelationProof.verify(set, proof.statement(), context, proof.proof()).valid());
        if (report) {
            result.print(set.id(), count);
        }
    }
}
