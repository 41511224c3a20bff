package io.nexuszero.crypto.engine.estimator;

import java.util.Comparator;
import java.util.List;

/**
 * Every attack's estimate for one LWE instance. The instance's security is that of the cheapest attack.
 *
 * @param attacks one line per attack (primal uSVP first)
 */
public record LweReport(List<LweEstimate> attacks) {

    public LweReport {
        if (attacks == null || attacks.isEmpty()) {
            throw new IllegalArgumentException("a report needs at least one attack");
        }
        attacks = List.copyOf(attacks);
    }

    /** The cheapest attack by core-SVP classical cost (the first listed wins ties). */
    public LweEstimate weakest() {
        return attacks.stream().min(Comparator.comparingDouble(LweEstimate::classicalBits)).orElseThrow();
    }
}
