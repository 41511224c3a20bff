package io.nexuszero.benchmarks;

import io.nexuszero.crypto.engine.encryption.Ciphertext;
import io.nexuszero.crypto.engine.encryption.DecryptionException;
import io.nexuszero.crypto.engine.encryption.PublicKeyEncryption;
import io.nexuszero.crypto.engine.keys.KeyGenerator;
import io.nexuszero.crypto.engine.keys.KeyPair;
import io.nexuszero.crypto.engine.keys.PublicKey;
import io.nexuszero.crypto.engine.packing.DecodingException;
import io.nexuszero.crypto.engine.params.LatticeParameters;
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
 * Module-LWE key generation, and encryption / decryption of a 32-byte message. Encryption starts from the encoded
 * public key (decode + expand A each time), as a stateless service does and as ML-DSA verification does.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class KeysAndEncryptionBenchmark {

    @Param({"nz-128", "nz-192", "nz-256"})
    public String preset;

    private LatticeParameters parameters;
    private Randomness randomness;
    private KeyPair keys;
    private byte[] encodedPublicKey;
    private byte[] message;
    private Ciphertext ciphertext;

    @Setup
    public void setUp() {
        parameters = Presets.byId(preset).parameters();
        randomness = new SecureRandom()::nextBytes;
        keys = KeyGenerator.generate(parameters, randomness);
        encodedPublicKey = keys.publicKey().encode();
        message = randomness.nextBytes(32);
        ciphertext = PublicKeyEncryption.encrypt(keys.publicKey(), message, randomness);
    }

    @Benchmark
    public KeyPair keygen() {
        return KeyGenerator.generate(parameters, randomness);
    }

    @Benchmark
    public Ciphertext encrypt() throws DecodingException {
        return PublicKeyEncryption.encrypt(PublicKey.decode(parameters, encodedPublicKey), message, randomness);
    }

    @Benchmark
    public byte[] decrypt() throws DecryptionException {
        return PublicKeyEncryption.decrypt(keys.secretKey(), ciphertext);
    }
}
