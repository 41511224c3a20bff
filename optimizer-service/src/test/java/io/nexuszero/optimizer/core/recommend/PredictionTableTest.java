package io.nexuszero.optimizer.core.recommend;

import io.dropwizard.jackson.Jackson;
import io.nexuszero.optimizer.api.ProofType;
import io.nexuszero.optimizer.core.model.LatencyModel;
import io.nexuszero.optimizer.core.model.ModelStore;
import io.nexuszero.optimizer.core.space.SearchSpace;
import io.nexuszero.optimizer.core.space.SearchSpaceStore;
import io.nexuszero.optimizer.support.DataDirFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lengths between the anchors are served from precomputed logarithms and size curves; they must give bit for bit
 * what the direct computation gives ({@link DirectColumn}), or recommendations would change with the optimisation.
 */
class PredictionTableTest {
    private static final List<ProofType> WITNESS_PROOFS = List.of(ProofType.COMMITMENT_OPENING, ProofType.LINEAR_RELATION,
            ProofType.RANGE);
    private static SearchSpace space;
    private static LatencyModel model;

    @BeforeAll
    static void setUp() {
        space = new SearchSpace(DataDirFixture.snapshot());
        model = DataDirFixture.model();
    }

    @Test
    void everyWitnessLengthMatchesTheDirectComputationOnSyntheticData() {
        assertIdentical(space, model, IntStream.rangeClosed(1, PredictionTable.MAX_WITNESS_LENGTH).toArray());
    }

    /** The shipped space has what the synthetic one lacks: step-shaped size curves, per-type length limits. */
    @Test
    void lengthsBetweenAnchorsMatchTheDirectComputationOnTheBundledSpaceAndModel() {
        Path nowhere = Path.of("does-not-exist");
        SearchSpace bundledSpace = new SearchSpace(
                new SearchSpaceStore(nowhere, Jackson.newObjectMapper()).loadBundled().orElseThrow());
        LatencyModel bundledModel = new ModelStore(nowhere, Jackson.newObjectMapper()).loadBundled().orElseThrow();
        assertIdentical(bundledSpace, bundledModel, new int[] {3, 64, 65, 66, 67, 68, 69, 70, 100, 127, 1000, 2049, 4095});
    }

    /** The bit-for-bit comparison is not vacuous: the column of a neighbouring length fails it. */
    @Test
    void theComparisonCatchesAColumnOneLengthOff() {
        PredictionTable table = new PredictionTable(model, space);
        DirectColumn direct = new DirectColumn(model, space.candidates());
        for (ProofType type : WITNESS_PROOFS) {
            int length = type == ProofType.RANGE ? 20 : 65;   // range: within the (test) space's limit of 48 values (SyntheticData)
            assertThat(DirectColumn.differences(direct.at(type, length + 1), table.column(type, length), 1))
                    .as(type.wireName()).isNotEmpty();
        }
    }

    @Test
    void aGivenBackColumnIsReusedAndAnAnchorColumnIsNever() {
        PredictionTable table = new PredictionTable(model, space);
        DirectColumn direct = new DirectColumn(model, space.candidates());
        ProofType type = ProofType.COMMITMENT_OPENING;

        PredictionTable.Column first = table.column(type, 65);
        table.release(first);
        PredictionTable.Column second = table.column(type, 1000);
        assertThat(second.proveMicros()).isSameAs(first.proveMicros());
        assertThat(DirectColumn.differences(direct.at(type, 1000), second, 3)).isEmpty();

        PredictionTable.Column anchor = table.column(type, 64);
        table.release(anchor);
        table.release(second);
        PredictionTable.Column third = table.column(type, 70);
        PredictionTable.Column fourth = table.column(type, 71);
        assertThat(third.proveMicros()).isNotSameAs(anchor.proveMicros());
        assertThat(fourth.proveMicros()).isNotSameAs(anchor.proveMicros()).isNotSameAs(third.proveMicros());
        assertThat(DirectColumn.differences(direct.at(type, 64), table.column(type, 64), 3)).isEmpty();
    }

    @Test
    void aLengthGivenBackTwiceIsKeptAndServedWithoutRecomputing() {
        PredictionTable table = new PredictionTable(model, space);
        DirectColumn direct = new DirectColumn(model, space.candidates());
        ProofType type = ProofType.LINEAR_RELATION;

        PredictionTable.Column first = table.column(type, 100);
        table.release(first);
        PredictionTable.Column second = table.column(type, 100);
        assertThat(second.lent()).isTrue();
        table.release(second);
        PredictionTable.Column kept = table.column(type, 100);
        assertThat(kept.lent()).isFalse();
        assertThat(kept.proveMicros()).isSameAs(second.proveMicros());
        assertThat(table.column(type, 100)).isSameAs(kept);
        table.release(kept);
        assertThat(DirectColumn.differences(direct.at(type, 100), kept, 3)).isEmpty();
        // a one-off length never takes the kept column's arrays
        PredictionTable.Column other = table.column(type, 101);
        assertThat(other.proveMicros()).isNotSameAs(kept.proveMicros());
        assertThat(DirectColumn.differences(direct.at(type, 101), other, 3)).isEmpty();
        // only the most recent lengths are kept
        for (int length = 200; length < 200 + PredictionTable.RECENT_COLUMNS; length++) {
            table.release(table.column(type, length));
            table.release(table.column(type, length));
        }
        assertThat(table.column(type, 100).lent()).isTrue();
    }

    private static void assertIdentical(SearchSpace searchSpace, LatencyModel latencyModel, int[] lengths) {
        PredictionTable table = new PredictionTable(latencyModel, searchSpace);
        DirectColumn direct = new DirectColumn(latencyModel, searchSpace.candidates());
        for (ProofType type : ProofType.values()) {
            for (int length : lengths) {
                PredictionTable.Column column = table.column(type, length);
                assertThat(DirectColumn.differences(direct.at(type, length), column, 5))
                        .as("%s at L = %d", type.wireName(), length).isEmpty();
                table.release(column);
            }
        }
    }
}
