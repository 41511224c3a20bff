package io.nexuszero.crypto.resources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.nexuszero.crypto.CryptoConfiguration;
import io.nexuszero.crypto.support.CryptoTestApp;
import io.nexuszero.common.testing.Http;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DropwizardExtensionsSupport.class)
class ParameterSetsEndToEndTest {

    static final DropwizardAppExtension<CryptoConfiguration> APP = CryptoTestApp.app(CryptoTestApp.MASTER_SECRET, "");

    static final Map<String, Object> NZ128_NUMBERS = Map.of("ringDegree", 256, "modulus", 268435313, "rankK", 6,
            "rankL", 6, "secretDistribution", "cbd", "eta", 2, "challengeWeight", 23, "gamma", 262144);

    private Http http() {
        return new Http(APP.getLocalPort());
    }

    private static int decodedLength(JsonNode base64) {
        return Base64.getUrlDecoder().decode(base64.asText()).length;
    }

    private static Map<String, Object> with(String key, Object value) {
        Map<String, Object> copy = new HashMap<>(NZ128_NUMBERS);
        copy.put(key, value);
        return copy;
    }

    @Test
    void presetsDescribeThemselvesWithTrueSizes() {
        JsonNode sets = http().get("/v1/parameter-sets").json().get("parameterSets");
        assertThat(sets).hasSize(3);
        assertThat(sets.findValuesAsText("id")).containsExactly("nz-128", "nz-192", "nz-256");
        int[] targets = {128, 192, 256};
        for (int i = 0; i < 3; i++) {
            JsonNode estimate = sets.get(i).get("estimate");
            assertThat(estimate.get("classicalBits").asDouble()).isGreaterThanOrEqualTo(targets[i]);
            assertThat(estimate.get("beta").isInt()).isTrue();
            JsonNode hardness = estimate.get("hardness");
            assertThat(hardness.fieldNames()).toIterable().containsExactly("keyModuleLwe", "commitmentHiding",
                    "commitmentBinding", "proofModuleSis", "commitmentKnowledge", "soundness",
                    "linearRelationSoundness", "rangeSoundness");
            for (JsonNode h : hardness) {
                assertThat(h.get("classicalBits").asDouble()).isGreaterThanOrEqualTo(
                        estimate.get("classicalBits").asDouble());
            }
            assertThat(hardness.get(estimate.get("weakest").asText()).get("classicalBits").asDouble())
                    .isEqualTo(estimate.get("classicalBits").asDouble());
            assertThat(estimate.get("soundnessBits").asDouble()).isGreaterThanOrEqualTo(targets[i])
                    .isEqualTo(hardness.get("soundness").get("classicalBits").asDouble());
            // linear-relation's extra round adds q^-r to the challenge error: a hair weaker, still at the target
            assertThat(hardness.get("linearRelationSoundness").get("classicalBits").asDouble())
                    .isGreaterThanOrEqualTo(targets[i])
                    .isLessThanOrEqualTo(hardness.get("soundness").get("classicalBits").asDouble());
            // range proofs' last round is 3-special sound (2/|C|): one bit below the challenges, still at the target
            // (their round-2 error (2/q)^r takes another 0.04 bits at nz-128)
            assertThat(hardness.get("rangeSoundness").get("classicalBits").asDouble())
                    .isGreaterThanOrEqualTo(targets[i])
                    .isCloseTo(hardness.get("soundness").get("classicalBits").asDouble() - 1, within(0.1));
            assertThat(hardness.get("commitmentBinding").get("gateCountBits").asDouble()).isPositive();
        }
        JsonNode nz128 = sets.get(0);
        assertThat(nz128.get("parameters").get("modulus").asLong()).isEqualTo(268435313);
        assertThat(nz128.get("parameters").get("secretDistribution").asText()).isEqualTo("cbd");

        Http http = http();
        JsonNode key = http.post("/v1/keys", Map.of("parameterSet", "nz-128")).json();
        String keyId = key.get("keyId").asText();
        JsonNode sizes = nz128.get("sizes");
        assertThat(sizes.get("publicKeyBytes").asInt()).isEqualTo(decodedLength(key.get("publicKey")));
        // proof keys no longer encrypt through the API; the size is the engine's (used by benchmarks)
        assertThat(sizes.get("ciphertextBytes").asInt()).isEqualTo(io.nexuszero.crypto.engine.encryption.Ciphertext
                .encodedLength(io.nexuszero.crypto.engine.params.Presets.NZ_128.parameters()));
        assertThat(sizes.get("proofBytes").get("lwe-secret").asInt()).isEqualTo(decodedLength(
                http.post("/v1/keys/" + keyId + "/proofs", Map.of()).json().get("proof")));
        assertThat(sizes.get("proofBytes").get("commitment-opening").asInt()).isEqualTo(decodedLength(
                http.post("/v1/proofs", Map.of("type", "commitment-opening", "parameterSet", "nz-128",
                        "witness", Map.of("values", List.of(9)))).json().get("proof")));

        assertThat(http.get("/v1/parameter-sets/nz-192").json()).isEqualTo(sets.get(1));
        Http.Reply missing = http.get("/v1/parameter-sets/nz-512");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.code()).isEqualTo("parameter_set_not_found");
    }

    @Test
    void evaluateAnswersEveryCandidateInOrder() {
        Map<String, Object> notPrime = with("modulus", 268435315);
        Map<String, Object> notNttFriendly = with("modulus", 8380417); // splits X^256 + 1 completely: one-slot forgery
        Map<String, Object> weak = with("rankK", 1);
        weak.put("rankL", 1);
        Http.Reply reply = http().post("/v1/parameter-sets/evaluate", Map.of(
                "candidates", List.of(NZ128_NUMBERS, notPrime, notNttFriendly, weak, with("eta", null)),
                "witnessLengths", List.of(1, 16, 256, 4096)));
        assertThat(reply.status()).as(reply.raw().body()).isEqualTo(200);
        JsonNode results = reply.json().get("results");
        assertThat(results).hasSize(5);

        JsonNode valid = results.get(0);
        assertThat(valid.get("valid").asBoolean()).isTrue();
        assertThat(valid.get("reason").isNull()).isTrue();
        assertThat(valid.get("parameters").get("gamma").asLong()).isEqualTo(262144);
        assertThat(valid.get("estimate").get("classicalBits").asDouble()).isGreaterThanOrEqualTo(128);
        JsonNode opening = valid.get("sizes").get("proofBytes").get("commitment-opening");
        assertThat(opening.fieldNames()).toIterable().containsExactly("1", "16", "256", "4096");
        assertThat(valid.get("sizes").get("proofBytes").get("lwe-secret").get("4096").asInt())
                .isEqualTo(valid.get("sizes").get("proofBytes").get("lwe-secret").get("1").asInt());
        assertThat(valid.get("sizes").get("statementBytes").get("linear-relation").get("16").asInt()).isPositive();
        assertThat(valid.get("sizes").get("maxWitnessLength").get("commitment-opening").asInt()).isEqualTo(4096);
        // ((2γ + 1)/(2(γ − τη) + 1))^(n · masked polynomials), nz-128: n = 256, κ = λ = 6, γ = 2^18, τη = 46
        double perCoefficient = (2.0 * 262144 + 1) / (2.0 * (262144 - 46) + 1);
        JsonNode attempts = valid.get("expectedAttempts");
        assertThat(attempts.get("lwe-secret").get("4096").asDouble())
                .isCloseTo(Math.pow(perCoefficient, 256 * 12), within(1e-9));
        assertThat(attempts.get("commitment-opening").get("256").asDouble())
                .isCloseTo(Math.pow(perCoefficient, 256 * 13), within(1e-9));
        assertThat(attempts.get("commitment-opening").get("4096").asDouble())
                .isCloseTo(Math.pow(perCoefficient, 256 * 28), within(1e-6));
        // linear-relation masks the values' randomness (κ + ℓ + λ) and the garbage commitment's (κ + r + λ, r = 5)
        // with discrete Gaussians at the presets: the engine's expectation, far below uniform masks' (3.85 / 7.55)
        var nz128 = io.nexuszero.crypto.engine.proof.ProofParameters.of(io.nexuszero.crypto.engine.params.Presets.NZ_128);
        for (int length : new int[] {1, 4096}) {
            double gaussian = io.nexuszero.crypto.engine.proof.ProofAttempts.expected(nz128,
                    io.nexuszero.crypto.engine.proof.ProofType.LINEAR_RELATION, length);
            assertThat(attempts.get("linear-relation").get(String.valueOf(length)).asDouble())
                    .isEqualTo(gaussian).isBetween(1.0, 1.5)
                    .isLessThan(Math.pow(perCoefficient, 256 * ((length == 1 ? 13 : 28) + 17)) / 2);
        }
        assertThat(valid.get("sizes").get("maxWitnessLength").get("linear-relation").asInt()).isEqualTo(4096);
        // "custom" and "nz-128" have ids of equal length, so a real nz-128 proof has exactly the evaluated size
        JsonNode proof = http().post("/v1/proofs", Map.of("type", "commitment-opening", "parameterSet", "nz-128",
                "witness", Map.of("values", IntStream.range(0, 16).boxed().toList()))).json();
        assertThat(opening.get("16").asInt()).isEqualTo(decodedLength(proof.get("proof")));
        assertThat(valid.get("sizes").get("statementBytes").get("commitment-opening").get("16").asInt())
                .isEqualTo(decodedLength(proof.get("statement").get("commitments")));

        assertThat(results.get(1).get("valid").asBoolean()).isFalse();
        assertThat(results.get(1).get("reason").asText()).contains("268435315 is not prime");
        assertThat(results.get(1).get("estimate").isNull()).isTrue();
        assertThat(results.get(1).get("sizes").isNull()).isTrue();
        assertThat(results.get(1).get("expectedAttempts").isNull()).isTrue();
        assertThat(results.get(2).get("reason").asText()).contains("splits X^n + 1 into 256 factors")
                .contains("provably invertible");
        assertThat(results.get(3).get("reason").asText()).contains("security:");
        assertThat(results.get(4).get("reason").asText()).contains("eta: is required");
    }

    @Test
    void evaluateRefusesMalformedRequests() {
        expect(http().post("/v1/parameter-sets/evaluate", Map.of("candidates",
                Collections.nCopies(501, NZ128_NUMBERS))), 400, "too_many_candidates");
        expect(http().post("/v1/parameter-sets/evaluate", Map.of("candidates", List.of())), 400, "invalid_value");
        expect(http().post("/v1/parameter-sets/evaluate", Map.of()), 400, "missing_field");
        expect(http().post("/v1/parameter-sets/evaluate", Map.of("candidates", List.of(NZ128_NUMBERS),
                "witnessLengths", List.of(5000))), 400, "witness_too_long");
        expect(http().post("/v1/parameter-sets/evaluate", Map.of("candidates", List.of(NZ128_NUMBERS),
                "witnessLengths", Collections.nCopies(17, 1))), 400, "invalid_value");
        expect(http().post("/v1/parameter-sets/evaluate", Map.of("candidates", List.of(NZ128_NUMBERS),
                "witnessLengths", List.of(0))), 400, "invalid_value");
        expect(http().post("/v1/parameter-sets/evaluate", Map.of("candidates", List.of(with("ringDegree", "big")))),
                400, "invalid_type");
    }

    @Test
    void evaluateHandlesAFullBatchQuickly() {
        long start = System.nanoTime();
        Http.Reply reply = http().post("/v1/parameter-sets/evaluate", Map.of("candidates",
                Collections.nCopies(500, NZ128_NUMBERS), "witnessLengths", List.of(1, 16, 256, 4096)));
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("results")).hasSize(500);
        assertThat(System.nanoTime() - start).isLessThan(20_000_000_000L);
    }

    @Test
    void securityEstimateOfAParameterSetListsEveryHardness() {
        JsonNode preset = http().post("/v1/security/estimate", Map.of("parameterSet", "nz-192")).json();
        assertThat(preset.get("parameterSet").asText()).isEqualTo("nz-192");
        assertThat(preset.get("estimate")).isEqualTo(http().get("/v1/parameter-sets/nz-192").json().get("estimate"));
        assertThat(preset.get("estimate").get("soundnessBits").asDouble()).isEqualTo(196.2);

        Http.Reply custom = http().post("/v1/security/estimate", Map.of("parameters", NZ128_NUMBERS));
        assertThat(custom.status()).as(custom.raw().body()).isEqualTo(200);
        assertThat(custom.json().get("parameterSet").isNull()).isTrue();
        assertThat(custom.json().get("estimate").get("hardness").get("commitmentBinding").get("classicalBits")
                .asDouble()).isEqualTo(132.3);
        assertThat(custom.json().get("estimate").get("weakest").asText()).isEqualTo("rangeSoundness");

        // the former presets' modulus: refused, because a one-slot forgery costs about 2^23 hashes there
        Http.Reply splitting = http().post("/v1/security/estimate", Map.of("parameters", with("modulus", 8380417)));
        expect(splitting, 422, "invalid_parameters");
        assertThat(splitting.json().get("message").asText()).contains("modulus: 8380417 splits X^n + 1");
        Http.Reply tinyChallenges = http().post("/v1/security/estimate",
                Map.of("parameters", with("challengeWeight", 8)));
        expect(tinyChallenges, 422, "invalid_parameters");
        assertThat(tinyChallenges.json().get("message").asText()).contains("soundness").contains("challengeWeight");
        expect(http().post("/v1/security/estimate", Map.of("parameterSet", "nz-128", "n", 512)), 400,
                "conflicting_fields");
        expect(http().post("/v1/security/estimate", Map.of("parameterSet", "nz-128", "parameters", NZ128_NUMBERS)),
                400, "conflicting_fields");
        expect(http().post("/v1/security/estimate", Map.of("parameterSet", "nz-64")), 400, "unknown_parameter_set");
    }

    @Test
    void lweEstimateReproducesKyber512() {
        // Kyber512 as LWE: n = 512, q = 3329, CBD(3) secret and error (σ = √1.5), m = 512
        Http.Reply reply = http().post("/v1/security/estimate", Map.of("n", 512, "q", 3329,
                "secretSigma", Math.sqrt(1.5), "errorSigma", Math.sqrt(1.5), "m", 512));
        assertThat(reply.status()).as(reply.raw().body()).isEqualTo(200);
        JsonNode e = reply.json();
        assertThat(e.get("beta").asInt()).isBetween(400, 410);
        assertThat(e.get("coreSvp").get("classicalBits").asDouble()).isBetween(116.0, 120.0);
        assertThat(e.get("coreSvp").get("quantumBits").asDouble()).isLessThan(e.get("coreSvp").get("classicalBits")
                .asDouble());
        assertThat(e.get("d").asInt()).isGreaterThan(512);
        assertThat(e.get("samplesUsed").asInt()).isBetween(1, 512);
        assertThat(e.get("gateCountBits").asDouble()).isGreaterThan(e.get("coreSvp").get("classicalBits").asDouble());
        // the primal uSVP line reproduces the published β = 406 (118.6 bits); the top level is the cheaper attack
        JsonNode primal = e.get("attacks").get(0);
        assertThat(primal.get("attack").asText()).isEqualTo("primal-usvp");
        assertThat(primal.get("beta").asInt()).isEqualTo(406);
        assertThat(primal.get("coreSvp").get("classicalBits").asDouble()).isEqualTo(118.6);
        for (JsonNode attack : e.get("attacks")) {
            assertThat(e.get("coreSvp").get("classicalBits").asDouble())
                    .isLessThanOrEqualTo(attack.get("coreSvp").get("classicalBits").asDouble());
        }

        expect(http().post("/v1/security/estimate", Map.of("n", 0, "q", 3329, "secretSigma", 1, "errorSigma", 1,
                "m", 512)), 400, "invalid_value");
        expect(http().post("/v1/security/estimate", Map.of("n", 512, "secretSigma", 1, "errorSigma", 1, "m", 512)),
                400, "missing_field");
        expect(http().post("/v1/security/estimate", Map.of("n", 512, "q", 3329, "secretSigma", -1, "errorSigma", 1,
                "m", 512)), 400, "invalid_value");
    }

    private static void expect(Http.Reply reply, int status, String code) {
        assertThat(reply.status()).as(reply.raw().body()).isEqualTo(status);
        assertThat(reply.code()).isEqualTo(code);
    }
}
