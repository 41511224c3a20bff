package io.nexuszero.optimizer.core.space;

import io.nexuszero.optimizer.api.LatticeParameters;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** An immutable snapshot plus a lookup by candidate id; swapped whole when a refresh succeeds. */
public final class SearchSpace {
    private final SearchSpaceSnapshot snapshot;
    private final Map<String, Candidate> byId;

    public SearchSpace(SearchSpaceSnapshot snapshot) {
        this.snapshot = snapshot;
        this.byId = snapshot.candidates().stream()
                .collect(Collectors.toUnmodifiableMap(Candidate::id, Function.identity(), (a, b) -> a));
    }

    public SearchSpaceSnapshot snapshot() {
        return snapshot;
    }

    public List<Candidate> candidates() {
        return snapshot.candidates();
    }

    public Optional<Candidate> find(String candidateId) {
        return Optional.ofNullable(byId.get(candidateId));
    }

    public Optional<Candidate> find(LatticeParameters parameters) {
        return find(parameters.candidateId());
    }

    public int size() {
        return byId.size();
    }
}
