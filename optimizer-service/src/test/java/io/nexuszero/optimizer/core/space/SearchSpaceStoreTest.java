package io.nexuszero.optimizer.core.space;

import io.nexuszero.optimizer.api.SecurityEstimate;
import io.nexuszero.optimizer.support.DataDirFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SearchSpaceStoreTest {

    @TempDir
    Path data;

    @Test
    void aPersistedSpaceWithPerHardnessEstimatesIsServed() throws IOException {
        SearchSpaceSnapshot snapshot = DataDirFixture.snapshot();
        SearchSpaceStore store = new SearchSpaceStore(data, DataDirFixture.JSON);
        store.save(snapshot);
        assertThat(store.load()).contains(snapshot);
    }

    @Test
    void aPersistedSpaceFromBeforePartiallySplittingModuliIsNotServed() throws IOException {
        // what the optimizer persisted before: only the weakest numbers (plus mlwe/msis, no longer read), no soundness
        SearchSpaceSnapshot fresh = DataDirFixture.snapshot();
        List<Candidate> old = fresh.candidates().stream().map(c -> new Candidate(c.id(), c.parameters(),
                new SecurityEstimate(c.estimate().beta(), c.estimate().classicalBits(), c.estimate().quantumBits(),
                        c.estimate().gateCountBits(), null, null, null),
                c.proofBytes(), c.maxWitnessLength(), c.expectedAttempts())).toList();
        SearchSpaceStore store = new SearchSpaceStore(data, DataDirFixture.JSON);
        store.save(new SearchSpaceSnapshot(fresh.cryptoServiceVersion(), fresh.evaluatedAt(), fresh.gridFingerprint(),
                fresh.evaluatedCount(), old));
        assertThat(store.load()).isEqualTo(store.loadBundled());
    }

    @Test
    void aPersistedSpaceWithFormatOneLinearRelationSizesIsNotServed() throws IOException {
        // format 1 (one commitment per value) grew by one commitment per value; crypto-service now proves format 2
        // under the same version string, so only the sizes can tell the persisted space is outdated
        SearchSpaceSnapshot fresh = DataDirFixture.snapshot();
        List<Candidate> old = fresh.candidates().stream().map(c -> {
            java.util.Map<String, ProofSizeCurve> sizes = new java.util.HashMap<>(c.proofBytes());
            sizes.put("linear-relation", new ProofSizeCurve(java.util.Map.of(1, 7900L, 2, 15800L, 4, 31600L)));
            return new Candidate(c.id(), c.parameters(), c.estimate(), sizes, java.util.Map.of("linear-relation", 4),
                    c.expectedAttempts());
        }).toList();
        assertThat(old).noneMatch(Candidate::hasOneCommitmentLinearRelation);
        assertThat(fresh.candidates()).allMatch(Candidate::hasOneCommitmentLinearRelation);
        SearchSpaceStore store = new SearchSpaceStore(data, DataDirFixture.JSON);
        store.save(new SearchSpaceSnapshot(fresh.cryptoServiceVersion(), fresh.evaluatedAt(), fresh.gridFingerprint(),
                fresh.evaluatedCount(), old));
        assertThat(store.load()).isEqualTo(store.loadBundled());
    }

    @Test
    void theBundledSpaceProvesLinearRelationsInOneCommitmentUpTo4096Values() {
        SearchSpaceSnapshot bundled = new SearchSpaceStore(data, DataDirFixture.JSON).loadBundled().orElseThrow();
        assertThat(bundled.candidates()).allMatch(Candidate::hasOneCommitmentLinearRelation);
        assertThat(bundled.candidates()).anyMatch(c -> c.meets(256)
                && c.proofBytes(io.nexuszero.optimizer.api.ProofType.LINEAR_RELATION, 4096) != null);
    }

    @Test
    void theBundledSpaceWasEvaluatedOnPartiallySplittingModuli() {
        SearchSpaceSnapshot bundled = new SearchSpaceStore(data, DataDirFixture.JSON).loadBundled().orElseThrow();
        assertThat(bundled.candidates()).isNotEmpty();
        assertThat(bundled.candidates().stream().filter(c -> c.parameters().modulus() % 32 != 17).map(Candidate::id))
                .as("X^n + 1 splits into 8 factors mod every modulus").isEmpty();
        assertThat(bundled.candidates().stream().filter(c -> !c.hasHardnessBreakdown()
                || !c.estimate().hardness().keySet().containsAll(List.of("keyModuleLwe", "commitmentHiding",
                        "commitmentBinding", "proofModuleSis", "commitmentKnowledge", "soundness"))
                || c.estimate().classicalBits() > c.estimate().soundnessBits()).map(Candidate::id))
                .as("every hardness and the soundness error, the weakest on top").isEmpty();
    }
}
