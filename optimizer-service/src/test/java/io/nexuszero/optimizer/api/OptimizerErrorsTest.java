package io.nexuszero.optimizer.api;

import io.nexuszero.common.testing.ErrorCodeRules;
import org.junit.jupiter.api.Test;

/** Error codes live in OptimizerErrors only, and each is documented in docs/API.md. */
class OptimizerErrorsTest {

    @Test
    void noCodeIsSpelledOutsideOptimizerErrors() throws Exception {
        ErrorCodeRules.assertNoLiteralCodes();
    }

    @Test
    void everyCodeIsDocumented() throws Exception {
        ErrorCodeRules.assertDocumented(OptimizerErrors.class, 15);
    }
}
