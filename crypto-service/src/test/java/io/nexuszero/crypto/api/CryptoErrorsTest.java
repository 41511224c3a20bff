package io.nexuszero.crypto.api;

import io.nexuszero.common.testing.ErrorCodeRules;
import org.junit.jupiter.api.Test;

/** Error codes live in CryptoErrors only, and each is documented in docs/API.md. */
class CryptoErrorsTest {

    @Test
    void noCodeIsSpelledOutsideCryptoErrors() throws Exception {
        ErrorCodeRules.assertNoLiteralCodes();
    }

    @Test
    void everyCodeIsDocumented() throws Exception {
        ErrorCodeRules.assertDocumented(CryptoErrors.class, 30);
    }
}
