package io.nexuszero.crypto.engine.params;

import java.util.List;

/**
 * Outcome of validating custom parameters: empty {@link #reasons()} means valid; otherwise each reason names the
 * field and the rule it breaks, in field order.
 *
 * @param reasons the broken rules, e.g. "modulus: 8380419 is not prime"
 */
public record ValidationResult(List<String> reasons) {

    public ValidationResult {
        reasons = List.copyOf(reasons);
    }

    /** True if no rule is broken. */
    public boolean isValid() {
        return reasons.isEmpty();
    }

    /** The reasons joined with "; " (empty when valid). */
    public String message() {
        return String.join("; ", reasons);
    }
}
