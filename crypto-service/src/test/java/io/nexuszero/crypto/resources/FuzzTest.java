package io.nexuszero.crypto.resources;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.nexuszero.crypto.CryptoConfiguration;
import io.nexuszero.crypto.support.CryptoTestApp;
import io.nexuszero.common.testing.Http;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Throws a few thousand random and mutated bodies at every POST endpoint (seeded, so a failure reproduces):
 * every answer must be a non-5xx, JSON-shaped response within a bounded time.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class FuzzTest {

    static final DropwizardAppExtension<CryptoConfiguration> APP = CryptoTestApp.app(CryptoTestApp.MASTER_SECRET, "",
            ConfigOverride.config("benchmarkTimeBudget", "500ms"));

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final long MAX_MILLIS = 5_000;

    private final Random random = new Random(20261127);
    private final List<String> failures = new ArrayList<>();
    private long slowest;
    private final List<String> resets = new ArrayList<>();
    private String previous = "";
    private final Map<Integer, Integer> statuses = new java.util.TreeMap<>();
    private final java.util.Set<String> codes = new java.util.TreeSet<>();

    @Test
    void noBodyProducesA5xxOrHangs() {
        Http http = new Http(APP.getLocalPort());
        String keyId = http.post("/v1/keys", Map.of("parameterSet", "nz-128")).json().get("keyId").asText();
        JsonNode keyProof = http.post("/v1/keys/" + keyId + "/proofs", Map.of("context", "Y3R4")).json();
        JsonNode opening = http.post("/v1/proofs", Map.of("type", "commitment-opening", "parameterSet", "nz-128",
                "witness", Map.of("values", List.of(1, 2, 3)), "context", "Y3R4")).json();
        JsonNode relation = http.post("/v1/proofs", Map.of("type", "linear-relation", "parameterSet", "nz-128",
                "witness", Map.of("values", List.of(2, 3, 5)),
                "relation", Map.of("coefficients", List.of(1, 1, -1), "constant", 0))).json();
        String u64Max = "18446744073709551615";
        JsonNode range = http.post("/v1/proofs", Map.of("type", "range", "parameterSet", "nz-128",
                "witness", Map.of("values", List.of(3, u64Max)), "bounds", Map.of("min", 0, "max", u64Max),
                "context", "Y3R4")).json();
        String kemKeyId = http.post("/v1/keys", Map.of("purpose", "kem", "parameterSet", "nz-128")).json()
                .get("keyId").asText();
        JsonNode sealed = http.post("/v1/keys/" + kemKeyId + "/encrypt", Map.of("plaintext", "aGVsbG8", "aad", "YQ"))
                .json();
        JsonNode signKey = http.post("/v1/keys", Map.of("purpose", "signature", "parameterSet", "nz-128")).json();
        String signKeyId = signKey.get("keyId").asText();
        String signature = http.post("/v1/keys/" + signKeyId + "/signatures", Map.of("message", "aGVsbG8",
                "context", "Y3R4")).json().get("signature").asText();
        Map<String, Object> nz128 = Map.of("ringDegree", 256, "modulus", 268435313, "rankK", 6, "rankL", 6,
                "secretDistribution", "cbd", "eta", 2, "challengeWeight", 23, "gamma", 131072);

        Map<String, JsonNode> seeds = new LinkedHashMap<>();
        seeds.put("/v1/keys", tree(Map.of("parameterSet", "nz-128")));
        seeds.put("/v1/keys#kem", tree(Map.of("purpose", "kem", "parameterSet", "nz-192")));
        seeds.put("/v1/keys#signature", tree(Map.of("purpose", "signature", "algorithm", "ML-DSA-65")));
        seeds.put("/v1/keys/" + keyId + "/proofs", tree(Map.of("context", "Y3R4")));
        seeds.put("/v1/keys/" + kemKeyId + "/encrypt", tree(Map.of("plaintext", "aGVsbG8", "aad", "YQ",
                "info", "aW5mbw", "aead", "ChaCha20-Poly1305")));
        seeds.put("/v1/keys/" + kemKeyId + "/decrypt", tree(Map.of("encapsulatedKey",
                sealed.get("encapsulatedKey").asText(), "ciphertext", sealed.get("ciphertext").asText(),
                "aad", "YQ")));
        seeds.put("/v1/keys/" + signKeyId + "/signatures", tree(Map.of("message", "aGVsbG8", "context", "Y3R4",
                "deterministic", true)));
        seeds.put("/v1/signatures/verify", tree(Map.of("algorithm", "ML-DSA-44", "publicKey",
                signKey.get("publicKey").asText(), "message", "aGVsbG8", "context", "Y3R4", "signature",
                signature)));
        seeds.put("/v1/keys/" + kemKeyId + "/encrypt-batch", tree(Map.of("items", List.of(Map.of("plaintext",
                "aGVsbG8", "aad", "YQ"), Map.of("plaintext", "", "aead", "ChaCha20-Poly1305")))));
        seeds.put("/v1/keys/" + kemKeyId + "/decrypt-batch", tree(Map.of("items", List.of(Map.of("encapsulatedKey",
                sealed.get("encapsulatedKey").asText(), "ciphertext", sealed.get("ciphertext").asText(),
                "aad", "YQ")))));
        seeds.put("/v1/keys/" + signKeyId + "/sign-batch", tree(Map.of("items", List.of(Map.of("message",
                "aGVsbG8", "context", "Y3R4"), Map.of("message", "", "deterministic", true)))));
        seeds.put("/v1/signatures/verify-batch", tree(Map.of("items", List.of(Map.of("algorithm", "ML-DSA-44",
                "publicKey", signKey.get("publicKey").asText(), "message", "aGVsbG8", "context", "Y3R4",
                "signature", signature)))));
        seeds.put("/v1/proofs#opening", tree(Map.of("type", "commitment-opening", "parameterSet", "nz-128",
                "witness", Map.of("values", List.of(1, -2, 3)), "context", "Y3R4")));
        seeds.put("/v1/proofs#relation", tree(Map.of("type", "linear-relation", "parameterSet", "nz-128",
                "witness", Map.of("values", List.of(2, 3, 5)),
                "relation", Map.of("coefficients", List.of(1, 1, -1), "constant", 0))));
        seeds.put("/v1/proofs#range", tree(Map.of("type", "range", "parameterSet", "nz-128",
                "witness", Map.of("values", List.of(-2, u64Max)),
                "bounds", List.of(Map.of("min", -5, "max", 10), Map.of("min", "1", "max", u64Max)))));
        seeds.put("/v1/proofs/verify#key", keyProof);
        seeds.put("/v1/proofs/verify#opening", opening);
        seeds.put("/v1/proofs/verify#relation", relation);
        seeds.put("/v1/proofs/verify#range", range);
        seeds.put("/v1/proofs/verify-batch", tree(Map.of("items", List.of(keyProof, opening, relation, range))));
        seeds.put("/v1/parameter-sets/evaluate", tree(Map.of("candidates", List.of(nz128, nz128),
                "witnessLengths", List.of(1, 64))));
        seeds.put("/v1/security/estimate", tree(Map.of("n", 512, "q", 3329, "secretSigma", 1.22,
                "errorSigma", 1.22, "m", 512)));
        seeds.put("/v1/benchmarks#preset", tree(Map.of("parameterSet", "nz-128", "operation", "verify",
                "proofType", "lwe-secret", "iterations", 3)));
        seeds.put("/v1/benchmarks#custom", tree(Map.of("parameters", nz128, "operation", "encrypt",
                "iterations", 3)));
        // an invalid custom set (q splits X^n + 1 into 256 factors): most mutations keep it invalid, so the validator's
        // refusal is reached on every run, not only when a mutation of the valid set happens to break it
        Map<String, Object> splitting = new LinkedHashMap<>(nz128);
        splitting.put("modulus", 8380417);
        seeds.put("/v1/benchmarks#invalid", tree(Map.of("parameters", splitting, "operation", "keygen",
                "iterations", 3)));

        int sent = 0;
        for (Map.Entry<String, JsonNode> seed : seeds.entrySet()) {
            String path = seed.getKey().replaceAll("#.*", "");
            // benchmarks and range proofs (tens of ms each, more at nz-256) get fewer rounds: the suite stays fast
            int rounds = path.startsWith("/v1/benchmarks") || seed.getKey().equals("/v1/proofs#range") ? 60 : 220;
            for (int i = 0; i < rounds; i++) {
                send(http, path, body(seed.getValue(), i));
                sent++;
            }
        }
        assertThat(sent).isGreaterThan(3300);
        System.out.println("fuzz: connection resets " + resets);
        assertThat(resets.size()).as("connection resets").isLessThan(sent / 100);
        System.out.println("fuzz: " + sent + " requests, statuses " + statuses + ", slowest " + slowest + " ms, codes "
                + codes);
        // the mutations reach past the JSON parser: valid requests, refusals and invalid proofs all occur
        assertThat(statuses).containsKeys(200, 400, 422);
        assertThat(codes).contains("invalid_base64", "invalid_proof_length", "unknown_parameter_set",
                "invalid_parameters", "malformed_json", "invalid_type");
        assertThat(failures).as("requests answered with 5xx, non-JSON errors or too slowly").isEmpty();
        assertThat(slowest).isLessThan(MAX_MILLIS);
    }

    private String body(JsonNode seed, int round) {
        int kind = round % 10;
        if (kind == 0) {
            return randomBytes();
        }
        if (kind == 1) {
            return randomJson(3).toString();
        }
        if (kind == 2) {
            return mutateBytes(seed.toString());
        }
        JsonNode mutated = seed.deepCopy();
        int mutations = 1 + random.nextInt(3);
        for (int m = 0; m < mutations; m++) {
            mutated = mutate(mutated);
        }
        return mutated.toString();
    }

    private void send(Http http, String path, String body) {
        long start = System.nanoTime();
        Http.Reply reply;
        try {
            reply = http.post(path, body);
        } catch (java.io.UncheckedIOException e) {
            // A keep-alive connection the server closed after answering an unread body can race with its reuse
            // (the client cannot know); one retry on a new connection must then succeed.
            resets.add(path + " after " + previous);
            try {
                reply = http.post(path, body);
            } catch (java.io.UncheckedIOException again) {
                failures.add("no response twice " + path + " " + body);
                return;
            }
        }
        previous = path + " " + (body.length() > 200 ? body.substring(0, 200) : body);
        long millis = (System.nanoTime() - start) / 1_000_000;
        slowest = Math.max(slowest, millis);
        statuses.merge(reply.status(), 1, Integer::sum);
        if (reply.code() != null) {
            codes.add(reply.code());
        }
        String shown = body.length() > 300 ? body.substring(0, 300) + "…" : body;
        if (reply.status() >= 500) {
            failures.add(reply.status() + " " + path + " " + shown + " -> " + reply.raw().body());
        } else if (reply.status() >= 400 && (reply.code() == null || reply.json().get("message") == null)) {
            failures.add("non-JSON error " + reply.status() + " " + path + " " + shown);
        } else if (millis > MAX_MILLIS) {
            failures.add("slow (" + millis + " ms) " + path + " " + shown);
        }
    }

    private static JsonNode tree(Object value) {
        return Http.JSON.valueToTree(value);
    }

    /** Replaces, removes or adds one node somewhere in the tree. */
    private JsonNode mutate(JsonNode root) {
        if (!root.isContainerNode() || root.isEmpty()) {
            return randomValue();
        }
        JsonNode parent = root;
        while (true) {
            List<JsonNode> children = new ArrayList<>();
            parent.elements().forEachRemaining(children::add);
            JsonNode child = children.isEmpty() ? null : children.get(random.nextInt(children.size()));
            if (child != null && child.isContainerNode() && !child.isEmpty() && random.nextBoolean()) {
                parent = child;
                continue;
            }
            if (parent instanceof ObjectNode object) {
                List<String> names = new ArrayList<>();
                Iterator<String> it = object.fieldNames();
                it.forEachRemaining(names::add);
                String name = names.isEmpty() ? "x" : names.get(random.nextInt(names.size()));
                switch (random.nextInt(5)) {
                    case 0 -> object.remove(name);
                    case 1 -> object.set("unexpected" + random.nextInt(3), randomValue());
                    case 2 -> object.set(name, tweak(object.get(name)));
                    default -> object.set(name, randomValue());
                }
            } else if (parent instanceof ArrayNode array && !array.isEmpty()) {
                int index = random.nextInt(array.size());
                switch (random.nextInt(4)) {
                    case 0 -> array.remove(index);
                    case 1 -> array.add(array.get(index).deepCopy());
                    case 2 -> array.set(index, tweak(array.get(index)));
                    default -> array.set(index, randomValue());
                }
            }
            return root;
        }
    }

    /** A near miss of the original value: a flipped base64 character, an off-by-one or extreme number. */
    private JsonNode tweak(JsonNode original) {
        if (original != null && original.isTextual() && !original.asText().isEmpty()) {
            char[] text = original.asText().toCharArray();
            int i = random.nextInt(text.length);
            String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_+/=.! ";
            text[i] = alphabet.charAt(random.nextInt(alphabet.length()));
            String tweaked = new String(text);
            return NODES.textNode(random.nextInt(4) == 0 ? tweaked.substring(0, random.nextInt(tweaked.length()))
                    : tweaked);
        }
        if (original != null && original.isNumber()) {
            long[] extremes = {0, -1, 1, Integer.MAX_VALUE, Integer.MIN_VALUE, Long.MAX_VALUE, Long.MIN_VALUE,
                    original.asLong() + 1, original.asLong() - 1, original.asLong() * 2, 4096, 4097, 2000, 2001,
                    268435313, -268435312};
            return NODES.numberNode(extremes[random.nextInt(extremes.length)]);
        }
        return randomValue();
    }

    private JsonNode randomValue() {
        return switch (random.nextInt(10)) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.booleanNode(random.nextBoolean());
            case 2 -> NODES.numberNode(random.nextLong());
            case 3 -> NODES.numberNode(random.nextDouble() * 1e6 - 5e5);
            case 4 -> NODES.numberNode(random.nextInt(5000) - 10);
            case 5 -> NODES.textNode(randomText());
            case 6 -> NODES.textNode(List.of("nz-128", "nz-256", "lwe-secret", "commitment-opening",
                    "linear-relation", "prove", "verify", "keygen", "cbd", "uniform", "kem", "signature", "ML-DSA-44",
                    "ML-KEM-768", "AES-256-GCM", "range").get(random.nextInt(16)));
            default -> randomJson(2);
        };
    }

    private JsonNode randomJson(int depth) {
        if (depth == 0) {
            return NODES.textNode(randomText());
        }
        if (random.nextBoolean()) {
            ArrayNode array = NODES.arrayNode();
            for (int i = random.nextInt(4); i > 0; i--) {
                array.add(random.nextBoolean() ? randomJson(depth - 1) : NODES.numberNode(random.nextInt(100)));
            }
            return array;
        }
        ObjectNode object = NODES.objectNode();
        String[] names = {"type", "parameterSet", "context", "proof", "statement", "witness", "values", "items",
            "bounds", "min", "max",
            "candidates", "operation", "iterations", "n", "q", "plaintext", "ciphertext", "relation", "purpose",
            "algorithm", "aad", "info", "aead", "encapsulatedKey", "message", "signature", "publicKey"};
        for (int i = random.nextInt(4); i > 0; i--) {
            object.set(names[random.nextInt(names.length)], random.nextBoolean() ? randomJson(depth - 1)
                    : NODES.numberNode(random.nextInt(100)));
        }
        return object;
    }

    private String randomText() {
        byte[] bytes = new byte[random.nextInt(40)];
        random.nextBytes(bytes);
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    private String randomBytes() {
        byte[] bytes = new byte[random.nextInt(200)];
        random.nextBytes(bytes);
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    private String mutateBytes(String json) {
        StringBuilder text = new StringBuilder(json);
        for (int i = 1 + random.nextInt(4); i > 0 && text.length() > 0; i--) {
            int at = random.nextInt(text.length());
            switch (random.nextInt(3)) {
                case 0 -> text.deleteCharAt(at);
                case 1 -> text.insert(at, "{}[]\",:0-eE\\x".charAt(random.nextInt(13)));
                default -> text.setLength(at);
            }
        }
        return text.toString();
    }
}
