package io.nexuszero.crypto.engine.estimator;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class RootHermiteFactorTest {

    @Test
    void matchesTheLatticeEstimatorsDeltaForKyber512sBlockSize() {
        // lattice-estimator README: LWE.primal_usvp(schemes.Kyber512) -> "δ: 1.003941, β: 406"
        assertThat(RootHermiteFactor.delta(406)).isCloseTo(1.003941, within(5e-7));
    }

    @Test
    void decreasesWithTheBlockSize() {
        for (int beta = RootHermiteFactor.MIN_BLOCK_SIZE; beta < 2000; beta++) {
            assertThat(RootHermiteFactor.logDelta(beta + 1)).isLessThan(RootHermiteFactor.logDelta(beta));
        }
    }

    @Test
    void refusesBlockSizesWhereTheFormulaDoesNotApply() {
        assertThatThrownBy(() -> RootHermiteFactor.logDelta(39)).isInstanceOf(IllegalArgumentException.class);
    }
}
