package io.nexuszero.crypto.health;

import io.nexuszero.crypto.core.keys.KeyAlgorithm;
import io.nexuszero.crypto.core.keys.KeyDerivation;
import io.nexuszero.crypto.core.keys.KeyId;
import io.nexuszero.crypto.core.keys.KeyPurpose;
import io.nexuszero.crypto.engine.keys.KeyGenerator;
import io.nexuszero.crypto.engine.keys.KeyPair;
import io.nexuszero.crypto.engine.params.ParameterSet;
import io.nexuszero.crypto.engine.proof.LweSecretProof;
import io.nexuszero.crypto.engine.proof.ProofParameters;
import io.nexuszero.crypto.engine.proof.ProofResult;
import io.nexuszero.crypto.engine.sampling.Randomness;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** The steps of the startup self-test: ring arithmetic, stateless key derivation, and a real proof round trip. */
public final class EngineSelfTests {

    private static final byte[] CONTEXT = "nexuszero self-test".getBytes(StandardCharsets.US_ASCII);

    private EngineSelfTests() {
    }

    public static List<EngineSelfTestHealthCheck.Step> steps(ParameterSet preset, KeyDerivation derivation) {
        return List.of(
                EngineSelfTestHealthCheck.ring(preset.parameters().ringDegree(), preset.parameters().modulus()),
                new EngineSelfTestHealthCheck.Step("key-derivation", () -> keyDerivation(preset, derivation)),
                new EngineSelfTestHealthCheck.Step("prove-verify", () -> proveVerify(preset)));
    }

    /** A fresh id is accepted, derives the same key twice, and a forged id is refused. */
    private static void keyDerivation(ParameterSet preset, KeyDerivation derivation) {
        KeyAlgorithm algorithm = KeyAlgorithm.of(KeyPurpose.PROOF, preset.id());
        KeyId id = derivation.newKeyId("self-test", algorithm);
        if (!derivation.issued(id) || !derivation.ownedBy(id, "self-test")) {
            throw new IllegalStateException("a freshly issued key id is not recognised");
        }
        if (derivation.ownedBy(id, "someone-else")) {
            throw new IllegalStateException("a key id was accepted for another owner");
        }
        byte[] nonce = id.nonce();
        nonce[0] ^= 1;
        if (derivation.issued(new KeyId(id.prefix(), nonce, id.ownerTag(), id.tag()))) {
            throw new IllegalStateException("a forged key id was accepted");
        }
        byte[] first = derivation.seed(id, algorithm, KeyDerivation.SEED_BYTES);
        byte[] second = derivation.seed(id, algorithm, KeyDerivation.SEED_BYTES);
        try {
            if (!Arrays.equals(first, second) || !KeyGenerator.generate(preset.parameters(), first).publicKey()
                    .equals(KeyGenerator.generate(preset.parameters(), second).publicKey())) {
                throw new IllegalStateException("key derivation is not deterministic");
            }
        } finally {
            Arrays.fill(first, (byte) 0);
            Arrays.fill(second, (byte) 0);
        }
    }

    /** A proof from a throw-away deterministic key verifies, and the same proof with one bit flipped does not. */
    private static void proveVerify(ParameterSet preset) {
        KeyPair key = KeyGenerator.generate(preset.parameters(), new byte[KeyGenerator.SEED_BYTES]);
        ProofParameters p = ProofParameters.of(preset);
        ProofResult proof = LweSecretProof.prove(p, key.publicKey().rho(), key.publicKey().t(), key.secretKey().s1(),
                key.secretKey().s2(), CONTEXT, Randomness.deterministic(new byte[] {1}));
        if (!LweSecretProof.verify(p, key.publicKey().rho(), key.publicKey().t(), CONTEXT, proof.proof()).valid()) {
            throw new IllegalStateException("a correct proof did not verify");
        }
        byte[] tampered = proof.proof().clone();
        tampered[tampered.length / 2] ^= 1;
        if (LweSecretProof.verify(p, key.publicKey().rho(), key.publicKey().t(), CONTEXT, tampered).valid()) {
            throw new IllegalStateException("a tampered proof verified");
        }
        key.close();
    }
}
