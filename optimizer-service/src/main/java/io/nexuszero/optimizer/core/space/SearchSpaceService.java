package io.nexuszero.optimizer.core.space;

import io.nexuszero.optimizer.api.LatticeParameters;
import io.nexuszero.optimizer.client.CryptoServiceClient;
import io.nexuszero.optimizer.client.CryptoServiceException;
import io.nexuszero.optimizer.client.EvaluateRequest;
import io.nexuszero.optimizer.client.EvaluationResult;
import io.nexuszero.optimizer.client.ServiceInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Holds the current search space. It starts from the persisted (or bundled) snapshot and refreshes from
 * crypto-service: a full re-evaluation when crypto-service's version or the grid changed, or when a spot check of
 * {@link #SPOT_CHECKED} cached candidates finds answers that changed under the same version. The space is
 * {@link #stale()} until a refresh has succeeded, and again whenever the latest refresh failed.
 */
public class SearchSpaceService {
    private static final Logger LOG = LoggerFactory.getLogger(SearchSpaceService.class);
    /** Cached candidates re-evaluated at every refresh to catch an engine change under an unchanged version. */
    static final int SPOT_CHECKED = 32;
    private static final SearchSpaceSnapshot EMPTY = new SearchSpaceSnapshot(null, Instant.EPOCH, "", 0, List.of());

    private final CandidateGrid grid;
    private final SearchSpaceStore store;
    private final CryptoServiceClient client;
    private final SearchSpaceEvaluator evaluator;
    private final AtomicReference<SearchSpace> current = new AtomicReference<>(new SearchSpace(EMPTY));
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final AtomicReference<RefreshStatus> status = new AtomicReference<>(new RefreshStatus(true, null, null));

    /** Whether the space is stale, when it was last refreshed, and why the latest refresh failed. */
    public record RefreshStatus(boolean stale, Instant lastRefreshedAt, String lastError) {
    }

    public SearchSpaceService(CandidateGrid grid, SearchSpaceStore store, CryptoServiceClient client, Clock clock) {
        this.grid = grid;
        this.store = store;
        this.client = client;
        this.evaluator = new SearchSpaceEvaluator(client, clock);
    }

    /** Loads the cached snapshot; never calls crypto-service. */
    public void loadCached() {
        store.load().ifPresentOrElse(snapshot -> {
            current.set(new SearchSpace(snapshot));
            LOG.info("Search space loaded from cache: {} valid candidates (crypto-service {}, evaluated {})",
                    snapshot.candidates().size(), snapshot.cryptoServiceVersion(), snapshot.evaluatedAt());
        }, () -> LOG.warn("No cached search space: /v1/optimize answers once crypto-service has been reached"));
    }

    /**
     * The candidate for these parameters: from the space when it holds them, else crypto-service's evaluation of
     * this one set (one call, no retries: a user is waiting). The candidate is null when crypto-service judges the
     * set invalid, with its reason.
     */
    public Lookup lookup(LatticeParameters parameters) throws CryptoServiceException {
        Optional<Candidate> known = current().find(parameters);
        if (known.isPresent()) {
            return new Lookup(known.get(), true, null);
        }
        EvaluationResult result =
                client.evaluateOnce(new EvaluateRequest(List.of(parameters), grid.witnessLengths())).get(0);
        Candidate evaluated = SearchSpaceEvaluator.candidate(parameters, result);
        return new Lookup(evaluated, false, evaluated == null ? result.reason() : null);
    }

    /** A looked-up candidate (null when not valid, with crypto-service's reason) and whether the space holds it. */
    public record Lookup(Candidate candidate, boolean inSearchSpace, String invalidReason) {
    }

    /** Runs after every swap to a newly evaluated space. */
    public void onChange(Runnable listener) {
        listeners.add(listener);
    }

    public SearchSpace current() {
        return current.get();
    }

    public RefreshStatus status() {
        return status.get();
    }

    public boolean stale() {
        return status.get().stale();
    }

    /** Brings the space up to date with crypto-service; on failure keeps the cached space and marks it stale. */
    public synchronized SearchSpace refresh() throws CryptoServiceException {
        try {
            ServiceInfo info = client.info();
            SearchSpaceSnapshot cached = current.get().snapshot();
            String reason = staleness(info, cached);
            if (reason != null) {
                LOG.info("Evaluating the search space with crypto-service {} (cached: {}, grid {}): {}",
                        info.version(), cached.cryptoServiceVersion(), grid.fingerprint(), reason);
                SearchSpaceSnapshot fresh = evaluator.evaluate(grid, info.version());
                persist(fresh);
                current.set(new SearchSpace(fresh));
                listeners.forEach(Runnable::run);
                LOG.info("Search space refreshed: {} of {} candidates valid", fresh.candidates().size(), fresh.evaluatedCount());
            }
            status.set(new RefreshStatus(false, Instant.now(), null));
            return current.get();
        } catch (CryptoServiceException e) {
            RefreshStatus previous = status.get();
            status.set(new RefreshStatus(true, previous.lastRefreshedAt(), e.getMessage()));
            throw e;
        }
    }

    /**
     * Why the cached space must be re-evaluated, or null if it need not: crypto-service's version or the grid changed,
     * or — since an engine change can move sizes and attempts under an unchanged version string (a development
     * build, a forgotten bump) — crypto-service now answers differently for any of {@link #SPOT_CHECKED} cached
     * candidates spread over the space (one evaluate call).
     */
    private String staleness(ServiceInfo info, SearchSpaceSnapshot cached) throws CryptoServiceException {
        if (!info.version().equals(cached.cryptoServiceVersion())) {
            return "crypto-service's version changed";
        }
        if (!grid.fingerprint().equals(cached.gridFingerprint())) {
            return "the grid changed";
        }
        List<Candidate> candidates = cached.candidates();
        if (candidates.isEmpty()) {
            return null;
        }
        List<Candidate> sample = new java.util.ArrayList<>();
        int count = Math.min(SPOT_CHECKED, candidates.size());
        for (int i = 0; i < count; i++) {
            sample.add(candidates.get((int) ((long) i * candidates.size() / count)));
        }
        List<EvaluationResult> answers = client.evaluate(new EvaluateRequest(
                sample.stream().map(Candidate::parameters).toList(), grid.witnessLengths()));
        long differing = java.util.stream.IntStream.range(0, count)
                .filter(i -> !sample.get(i).equals(SearchSpaceEvaluator.candidate(sample.get(i).parameters(), answers.get(i))))
                .count();
        return differing == 0 ? null
                : differing + " of " + count + " spot-checked candidates answer differently under the same version";
    }

    private void persist(SearchSpaceSnapshot snapshot) {
        try {
            store.save(snapshot);
        } catch (IOException e) {
            // Serving a fresh space matters more than caching it; the next refresh tries to persist again.
            LOG.error("Could not persist the search space to {}: {}", store.file(), e.getMessage());
        }
    }
}
