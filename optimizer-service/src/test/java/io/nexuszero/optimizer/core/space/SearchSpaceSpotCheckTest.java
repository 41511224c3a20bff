package io.nexuszero.optimizer.core.space;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.jackson.Jackson;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.DropwizardTestSupport;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.nexuszero.crypto.CryptoApplication;
import io.nexuszero.crypto.CryptoConfiguration;
import io.nexuszero.optimizer.CryptoServiceConfiguration;
import io.nexuszero.optimizer.api.ProofType;
import io.nexuszero.optimizer.client.CryptoServiceClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search space is re-evaluated when crypto-service's answers change under an unchanged version string (an engine
 * change without a version bump, as linear-relation's Gaussian masks would have been): against a real crypto-service,
 * a persisted space it still agrees with is kept as it is, and one whose candidate answers differ — here one
 * candidate's linear-relation attempts, what uniform masks reported — is re-evaluated and restored.
 */
class SearchSpaceSpotCheckTest {
    private static final String CRYPTO = "spot-crypto.";
    private static final Instant FIRST = Instant.parse("2026-12-07T01:00:00Z");
    private static final Instant LATER = Instant.parse("2026-12-07T02:00:00Z");
    private static DropwizardTestSupport<CryptoConfiguration> crypto;
    private static final ObjectMapper JSON = Jackson.newObjectMapper();

    /** A small grid (n = 256, ranks 3–5, as the presets' modulus size): evaluated in well under a second. */
    private static final CandidateGrid GRID = new CandidateGrid(List.of(256), 3, 5, 1, 4096, List.of(28),
            List.of("cbd"), List.of(1, 2), List.of(23), List.of(10, 11), List.of(1, 16, 256, 4096));

    @BeforeAll
    static void start() throws Exception {
        crypto = new DropwizardTestSupport<>(CryptoApplication.class, Path.of("../crypto-service/config.yml").toString(),
                CRYPTO, ConfigOverride.config(CRYPTO, "server.applicationConnectors[0].port", "0"),
                ConfigOverride.config(CRYPTO, "server.adminConnectors[0].port", "0"),
                ConfigOverride.config(CRYPTO, "dataDirectory", Files.createTempDirectory("spot-crypto").toString()));
        crypto.before();
    }

    @AfterAll
    static void stop() {
        if (crypto != null) {
            crypto.after();
        }
    }

    @Test
    void aSpaceThatCryptoServiceNoLongerAgreesWithIsReEvaluatedUnderTheSameVersion(@TempDir Path data)
            throws Exception {
        SearchSpaceStore store = new SearchSpaceStore(data, JSON);
        SearchSpaceService first = service(store, FIRST);
        first.loadCached();
        first.refresh();
        SearchSpaceSnapshot evaluated = first.current().snapshot();
        assertThat(evaluated.evaluatedAt()).isEqualTo(FIRST);
        assertThat(evaluated.candidates()).isNotEmpty().hasSizeLessThanOrEqualTo(SearchSpaceService.SPOT_CHECKED);

        SearchSpaceService agreeing = service(store, LATER);
        agreeing.loadCached();
        agreeing.refresh();
        assertThat(agreeing.current().snapshot().evaluatedAt()).as("unchanged answers: kept").isEqualTo(FIRST);

        List<Candidate> tampered = new ArrayList<>(evaluated.candidates());
        tampered.set(tampered.size() / 2, withTripledLinearRelationAttempts(tampered.get(tampered.size() / 2)));
        store.save(new SearchSpaceSnapshot(evaluated.cryptoServiceVersion(), FIRST, evaluated.gridFingerprint(),
                evaluated.evaluatedCount(), tampered));
        SearchSpaceService disagreeing = service(store, LATER);
        disagreeing.loadCached();
        assertThat(disagreeing.current().snapshot().candidates()).isEqualTo(tampered);
        disagreeing.refresh();
        SearchSpaceSnapshot refreshed = disagreeing.current().snapshot();
        assertThat(refreshed.cryptoServiceVersion()).isEqualTo(evaluated.cryptoServiceVersion());
        assertThat(refreshed.evaluatedAt()).as("changed answers: re-evaluated").isEqualTo(LATER);
        assertThat(refreshed.candidates()).isEqualTo(evaluated.candidates());
        assertThat(store.load().orElseThrow().evaluatedAt()).as("and persisted").isEqualTo(LATER);
    }

    private static Candidate withTripledLinearRelationAttempts(Candidate c) {
        Map<String, AttemptsCurve> attempts = new HashMap<>(c.expectedAttempts());
        Map<Integer, Double> points = new HashMap<>();
        attempts.get(ProofType.LINEAR_RELATION.wireName()).points()
                .forEach((length, value) -> points.put(length, value == null ? null : 3 * value));
        attempts.put(ProofType.LINEAR_RELATION.wireName(), new AttemptsCurve(points));
        return new Candidate(c.id(), c.parameters(), c.estimate(), c.proofBytes(), c.maxWitnessLength(), attempts);
    }

    private static SearchSpaceService service(SearchSpaceStore store, Instant now) throws Exception {
        CryptoServiceConfiguration configuration = JSON.convertValue(
                Map.of("url", "http://127.0.0.1:" + crypto.getLocalPort()), CryptoServiceConfiguration.class);
        CryptoServiceClient client = configuration.buildClient(JSON, new SimpleMeterRegistry());
        return new SearchSpaceService(GRID, store, client, Clock.fixed(now, ZoneOffset.UTC));
    }
}
