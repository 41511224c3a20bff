package io.nexuszero.benchmarks;

import io.nexuszero.crypto.engine.params.ParameterSet;
import io.nexuszero.crypto.engine.proof.RangeProof;
import io.nexuszero.crypto.engine.sampling.Randomness;

import java.math.BigInteger;
import java.security.SecureRandom;

/**
 * range at one preset over 64-bit values, L = 1, 16, 32, 64, 1024, in thread CPU time (robust to a shared machine): mean prove
 * time (the attempts are geometric, so the mean is the expected cost), mean attempts, median verify time, proof and
 * statement bytes. A warm-up pass runs first. Run with
 * {@code java -cp benchmarks/target/benchmarks.jar io.nexuszero.benchmarks.RangeCpuTime [preset] [proofs]}.
 */
public final class RangeCpuTime {

    private RangeCpuTime() {
    }

    public static void main(String[] args) {
        ParameterSet set = Presets.byId(args.length > 0 ? args[0] : "nz-128");
        int proofs = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        Randomness randomness = new SecureRandom()::nextBytes;
        byte[] context = randomness.nextBytes(32);
        System.out.println("preset L proveMsMean attemptsMean verifyMsMedian proofBytes statementBytes");
        for (int pass = 0; pass < 2; pass++) {
            for (int count : new int[] {1, 16, 32, 64, 1024}) {
                if (count <= RangeProof.maxValues(io.nexuszero.crypto.engine.proof.ProofParameters.of(set))) {
                    run(set, count, Math.max(2, proofs * 16 / Math.max(16, count)), context, randomness, pass == 1);
                }
            }
        }
    }

    private static void run(ParameterSet set, int count, int proofs, byte[] context, Randomness randomness,
                            boolean report) {
        BigInteger[] values = RangeProofBenchmark.randomValues(count, count);
        ProofCpuTime.Result result = ProofCpuTime.measure(proofs,
                () -> RangeProof.commitAndProve(set, values, RangeProofBenchmark.SIXTY_FOUR_BITS, context, randomness),
                proof -> RangeProof.verify(set, proof.statement(), context, proof.proof()).valid());
        if (report) {
            result.print(set.id(), count);
        }
    }
}
