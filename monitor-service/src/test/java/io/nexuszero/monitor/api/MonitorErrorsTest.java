package io.nexuszero.monitor.api;

import io.nexuszero.common.testing.ErrorCodeRules;
import org.junit.jupiter.api.Test;

/** Error codes live in MonitorErrors only, and each is documented in docs/API.md. */
class MonitorErrorsTest {

    @Test
    void noCodeIsSpelledOutsideMonitorErrors() throws Exception {
        ErrorCodeRules.assertNoLiteralCodes();
    }

    @Test
    void everyCodeIsDocumented() throws Exception {
        ErrorCodeRules.assertDocumented(MonitorErrors.class, 8);
    }
}
