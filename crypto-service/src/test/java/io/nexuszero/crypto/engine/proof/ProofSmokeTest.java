package io.nexuszero.crypto.engine.proof;

import io.nexuszero.crypto.engine.sampling.Randomness;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProofSmokeTest {
    @Test
    void smoke() {
        Randomness rnd = Randomness.deterministic(new byte[] {1});
        for (ProofParameters p : TestParameters.all()) {
            TestParameters.Key k = TestParameters.keyPair(p, rnd);
            long t0 = System.nanoTime();
            int attempts = 0;
            for (int i = 0; i < 50; i++) {
                ProofResult r = LweSecretProof.prove(p, k.rho(), k.t(), k.s1(), k.s2(), new byte[] {1}, rnd);
                attempts += r.attempts();
                assertThat(LweSecretProof.verify(p, k.rho(), k.t(), new byte[] {1}, r.proof()).reason()).isEqualTo("ok");
            }
            System.out.println(p.id() + " lwe " + (System.nanoTime() - t0) / 50e3 + " us avg attempts " + attempts / 50.0
                    + " expected " + p.expectedAttempts(p.rankK() + p.rankL()));
            ProofResult c = CommitmentOpeningProof.commitAndProve(p, new long[] {1, 2, 3, -4}, new byte[0], rnd);
            assertThat(CommitmentOpeningProof.verify(p, c.statement(), new byte[0], c.proof()).reason()).isEqualTo("ok");
            ProofResult l = LinearRelationProof.commitAndProve(p, new long[] {5, 7, 12}, new long[] {1, 1, -1}, 0,
                    new byte[0], rnd);
            assertThat(LinearRelationProof.verify(p, l.statement(), new byte[0], l.proof()).reason()).isEqualTo("ok");
            System.out.println(p.id() + " maxValues " + LinearRelationProof.maxValues(p) + " attempts " + l.attempts());
        }
    }
}
