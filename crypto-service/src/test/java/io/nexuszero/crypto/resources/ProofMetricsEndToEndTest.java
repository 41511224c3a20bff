package io.nexuszero.crypto.resources;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.nexuszero.common.testing.Http;
import io.nexuszero.common.testing.PrometheusText;
import io.nexuszero.crypto.CryptoConfiguration;
import io.nexuszero.crypto.support.CryptoTestApp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The proof metrics' witness_size label and bucket ladders over real HTTP: every (preset, type, size) series from
 * startup and no other, each proof and verification counted under its own size class (the class bounds included),
 * ladders that resolve the largest proofs. commitment-opening crosses the bounds cheaply (milliseconds even at 4096
 * values), so the boundaries are tested with it; range and lwe-secret once each.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class ProofMetricsEndToEndTest {

    static final DropwizardAppExtension<CryptoConfiguration> APP = CryptoTestApp.app(CryptoTestApp.MASTER_SECRET, "");

    private static final String GENERATION = "nexuszero_crypto_proof_generation_duration_seconds";
    private static final String ATTEMPTS = "nexuszero_crypto_proof_attempts";
    private static final String VERIFICATION = "nexuszero_crypto_verification_duration_seconds";
    private static final String EXPECTED = "nexuszero_crypto_proof_expected_attempts_total";
    private static final List<String> PRESETS = List.of("nz-128", "nz-192", "nz-256");
    private static final List<String> VALUE_TYPES = List.of("commitment-opening", "linear-relation", "range");
    private static final List<String> VALUE_SIZES = List.of("1-16", "17-256", "257-4096");

    private Http http;

    @BeforeEach
    void client() {
        http = new Http(APP.getLocalPort());
    }

    private static PrometheusText scrape() {
        return PrometheusText.parse(Http.get(APP.getAdminPort(), "/metrics").body());
    }

    /** The value of the one sample of {@code name} with these labels (0 when there is none). */
    private static double value(PrometheusText scrape, String name, Map<String, String> labels) {
        List<PrometheusText.Sample> matching = scrape.samples(name).stream()
                .filter(s -> s.labels().entrySet().containsAll(labels.entrySet())).toList();
        assertThat(matching).as(name + labels).hasSizeLessThanOrEqualTo(1);
        return matching.isEmpty() ? 0 : matching.get(0).value();
    }

    private static Set<String> series(PrometheusText scrape, String name, String... labels) {
        return scrape.samples(name).stream()
                .map(s -> java.util.Arrays.stream(labels).map(s.labels()::get).collect(Collectors.joining(" ")))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private JsonNode prove(Map<String, Object> request) {
        Http.Reply proved = http.post("/v1/proofs", request);
        assertThat(proved.status()).as(proved.raw().body()).isEqualTo(200);
        return proved.json();
    }

    private void verifyValid(JsonNode proof) {
        Http.Reply reply = http.post("/v1/proofs/verify", proof);
        assertThat(reply.status()).as(reply.raw().body()).isEqualTo(200);
        assertThat(reply.json().get("valid").asBoolean()).isTrue();
    }

    private static Map<String, Object> opening(int values) {
        return Map.of("type", "commitment-opening", "parameterSet", "nz-128",
                "witness", Map.of("values", IntStream.range(0, values).boxed().toList()));
    }

    /** lwe-secret only as key, every value type in every class at every preset; the same for attempts. */
    @Test
    void everySizeClassOfEveryTypeAndPresetIsRegisteredAtStartupAndNoOther() {
        List<String> expected = new ArrayList<>();
        for (String preset : PRESETS) {
            expected.add(preset + " lwe-secret key");
            for (String type : VALUE_TYPES) {
                VALUE_SIZES.forEach(size -> expected.add(preset + " " + type + " " + size));
            }
        }
        PrometheusText scrape = scrape();
        for (String metric : List.of(GENERATION + "_count", ATTEMPTS + "_count")) {
            assertThat(series(scrape, metric, "parameter_set", "proof_type", "witness_size")).as(metric)
                    .containsExactlyInAnyOrderElementsOf(expected);
        }
        List<String> verifications = new ArrayList<>();
        expected.forEach(s -> verifications.addAll(List.of(s + " valid", s + " invalid")));
        assertThat(series(scrape, VERIFICATION + "_count", "parameter_set", "proof_type", "witness_size", "result"))
                .containsExactlyInAnyOrderElementsOf(verifications);
    }

    /** Proving up to 30 minutes and 200 000 attempts (nz-256, 4096 range values); verifying up to a minute. */
    @Test
    void bucketLaddersResolveTheLargestProofs() {
        PrometheusText scrape = scrape();
        Map<String, String> largeRange = Map.of("parameter_set", "nz-256", "proof_type", "range",
                "witness_size", "257-4096");
        assertThat(finiteBounds(scrape, GENERATION, largeRange))
                .startsWith(0.00005, 0.0001).contains(1.0, 2.0, 5.0, 10.0, 30.0, 60.0, 120.0, 300.0, 600.0).endsWith(1800.0);
        assertThat(finiteBounds(scrape, ATTEMPTS, largeRange))
                .startsWith(1.0, 2.0, 3.0).contains(100.0, 1000.0, 5000.0, 10000.0).endsWith(200000.0);
        assertThat(finiteBounds(scrape, VERIFICATION, Map.of("parameter_set", "nz-256", "proof_type", "range",
                "witness_size", "257-4096", "result", "valid"))).startsWith(0.00005).contains(5.0, 10.0, 30.0)
                .endsWith(60.0);
    }

    private static List<Double> finiteBounds(PrometheusText scrape, String histogram, Map<String, String> labels) {
        List<PrometheusText.Sample> buckets = scrape.samples(histogram + "_bucket").stream()
                .filter(s -> s.labels().entrySet().containsAll(labels.entrySet())).toList();
        assertThat(buckets).as(histogram + labels).isNotEmpty();
        assertThat(buckets).anySatisfy(b -> assertThat(b.labels()).containsEntry("le", "+Inf"));
        return buckets.stream().map(b -> b.labels().get("le")).filter(le -> !le.equals("+Inf"))
                .map(Double::parseDouble).sorted().toList();
    }

    /** 16 | 17 … 256 | 257 … 4096 values: the bounds fall into the classes they name, proving and verifying. */
    @Test
    void proofsAndVerificationsCountUnderTheirWitnessSize() {
        Map<String, Double> sizes = Map.of("1-16", 1.0, "17-256", 2.0, "257-4096", 2.0);
        PrometheusText before = scrape();
        for (int values : new int[] {16, 17, 256, 257, 4096}) {
            verifyValid(prove(opening(values)));
        }
        PrometheusText after = scrape();
        for (Map.Entry<String, Double> size : sizes.entrySet()) {
            Map<String, String> labels = Map.of("proof_type", "commitment-opening", "parameter_set", "nz-128",
                    "witness_size", size.getKey());
            assertThat(value(after, GENERATION + "_count", labels) - value(before, GENERATION + "_count", labels))
                    .as(size.getKey()).isEqualTo(size.getValue());
            assertThat(value(after, ATTEMPTS + "_count", labels) - value(before, ATTEMPTS + "_count", labels))
                    .as(size.getKey()).isEqualTo(size.getValue());
            Map<String, String> valid = new java.util.HashMap<>(labels);
            valid.put("result", "valid");
            assertThat(value(after, VERIFICATION + "_count", valid) - value(before, VERIFICATION + "_count", valid))
                    .as(size.getKey()).isEqualTo(size.getValue());
        }
    }

    /**
     * One value more than a range chunk holds (33 at nz-128) is two chunks: 17-256, at least one attempt a chunk; a key
     * proof is "key".
     */
    private static final int TWO_CHUNKS = io.nexuszero.crypto.engine.proof.RangeProof.chunkValues(
            io.nexuszero.crypto.engine.proof.ProofParameters.of(io.nexuszero.crypto.engine.params.Presets.NZ_128)) + 1;

    @Test
    void rangeAndKeyProofsCountUnderTheirClass() {
        Map<String, String> range = Map.of("proof_type", "range", "parameter_set", "nz-128", "witness_size", "17-256");
        Map<String, String> key = Map.of("proof_type", "lwe-secret", "parameter_set", "nz-128", "witness_size", "key");
        PrometheusText before = scrape();
        verifyValid(prove(Map.of("type", "range", "parameterSet", "nz-128",
                "witness", Map.of("values", IntStream.range(0, TWO_CHUNKS).boxed().toList()),
                "bounds", Map.of("min", 0, "max", 100))));
        Http.Reply created = http.post("/v1/keys", Map.of("parameterSet", "nz-128"));
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        Http.Reply keyProof = http.post("/v1/keys/" + created.json().get("keyId").asText() + "/proofs", Map.of());
        assertThat(keyProof.status()).as(keyProof.raw().body()).isEqualTo(200);
        verifyValid(keyProof.json());
        PrometheusText after = scrape();

        assertThat(value(after, GENERATION + "_count", range) - value(before, GENERATION + "_count", range))
                .isEqualTo(1);
        assertThat(value(after, ATTEMPTS + "_sum", range) - value(before, ATTEMPTS + "_sum", range))
                .isGreaterThanOrEqualTo(2);
        // each proof adds the engine's expectation for its parameters and size: two chunks' loops
        io.nexuszero.crypto.engine.proof.ProofParameters nz128 = io.nexuszero.crypto.engine.proof.ProofParameters.of(
                io.nexuszero.crypto.engine.params.Presets.NZ_128);
        assertThat(value(after, EXPECTED, range) - value(before, EXPECTED, range))
                .isCloseTo(io.nexuszero.crypto.engine.proof.RangeProof.expectedAttempts(nz128, TWO_CHUNKS),
                        org.assertj.core.data.Offset.offset(1e-9));
        assertThat(value(after, EXPECTED, key) - value(before, EXPECTED, key)).isCloseTo(
                io.nexuszero.crypto.engine.proof.ProofSystems.of(io.nexuszero.crypto.engine.proof.ProofType.LWE_SECRET)
                        .expectedAttempts(nz128, 1), org.assertj.core.data.Offset.offset(1e-9));
        assertThat(value(after, GENERATION + "_count", key) - value(before, GENERATION + "_count", key)).isEqualTo(1);
        Map<String, String> keyValid = new java.util.HashMap<>(key);
        keyValid.put("result", "valid");
        assertThat(value(after, VERIFICATION + "_count", keyValid) - value(before, VERIFICATION + "_count", keyValid))
                .isEqualTo(1);
    }

    /** A statement whose value count cannot be read is rejected before any work: counted as 1-16, invalid. */
    @Test
    void anUnreadableStatementCountsAsTheSmallestClass() {
        JsonNode proof = prove(opening(300));
        ObjectNode garbled = proof.deepCopy();
        ((ObjectNode) garbled.get("statement")).put("commitments", "AAAA");
        Map<String, String> small = Map.of("proof_type", "commitment-opening", "parameter_set", "nz-128",
                "witness_size", "1-16", "result", "invalid");
        PrometheusText before = scrape();
        Http.Reply reply = http.post("/v1/proofs/verify", garbled);
        assertThat(reply.status()).as(reply.raw().body()).isEqualTo(200);
        assertThat(reply.json().get("valid").asBoolean()).isFalse();
        PrometheusText after = scrape();
        assertThat(value(after, VERIFICATION + "_count", small) - value(before, VERIFICATION + "_count", small))
                .isEqualTo(1);
    }
}
