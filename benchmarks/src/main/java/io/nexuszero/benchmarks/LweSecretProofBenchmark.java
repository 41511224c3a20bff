package io.nexuszero.benchmarks;

import io.nexuszero.crypto.engine.keys.KeyGenerator;
import io.nexuszero.crypto.engine.keys.KeyPair;
import io.nexuszero.crypto.engine.keys.PublicKey;
import io.nexuszero.crypto.engine.keys.SecretKey;
import io.nexuszero.crypto.engine.packing.DecodingException;
import io.nexuszero.crypto.engine.params.ParameterSet;
import io.nexuszero.crypto.engine.proof.LweSecretProof;
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

/**
 * lwe-secret prove and verify with a 32-byte context. Both start from a "cold" public key (A not yet expanded):
 * prove wraps the key parts in fresh key objects, verify decodes the encoded public key — so each operation pays
 * ExpandA exactly like BouncyCastle's ML-DSA sign and verify, which expand A from ρ on every call. The
 * {@code *CachedKey} variants reuse one key object whose A (and NTT(t)) are already expanded — the situation of a
 * service that keeps key objects (or regenerates them from a seed, which expands A anyway).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class LweSecretProofBenchmark {

    @Param({"nz-128", "nz-192", "nz-256"})
    public String preset;

    private ParameterSet set;
    private Randomness randomness;
    private KeyPair keys;
    private byte[] encodedPublicKey;
    private byte[] context;
    private byte[] proof;

    @Setup
    public void setUp() {
        set = Presets.byId(preset);
        randomness = new SecureRandom()::nextBytes;
        keys = KeyGenerator.generate(set.parameters(), randomness);
        encodedPublicKey = keys.publicKey().encode();
        context = randomness.nextBytes(32);
        proof = LweSecretProof.prove(set, keys.publicKey(), keys.secretKey(), context, randomness).proof();
        if (!LweSecretProof.verify(set, keys.publicKey(), context, proof).valid()) {
            throw new IllegalStateException("benchmark proof does not verify");
        }
    }

    @Benchmark
    public ProofResult prove() {
        PublicKey cold = new PublicKey(set.parameters(), keys.publicKey().rho(), keys.publicKey().t());
        SecretKey secret = new SecretKey(cold, keys.secretKey().s1(), keys.secretKey().s2());
        return LweSecretProof.prove(set, cold, secret, context, randomness);
    }

    @Benchmark
    public ProofResult proveCachedKey() {
        return LweSecretProof.prove(set, keys.publicKey(), keys.secretKey(), context, randomness);
    }

    @Benchmark
    public VerificationResult verifyCachedKey() {
        return LweSecretProof.verify(set, keys.publicKey(), context, proof);
    }

    @Benchmark
    public VerificationResult verify() throws DecodingException {
        return LweSecretProof.verify(set, PublicKey.decode(set.parameters(), encodedPublicKey), context, proof);
    }
}
