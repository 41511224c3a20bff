package io.nexuszero.crypto.core.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nexuszero.common.errors.ApiException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class KeyDerivationTest {

    private static MasterSecret secret(int fill) {
        byte[] bytes = new byte[32];
        Arrays.fill(bytes, (byte) fill);
        return new MasterSecret(bytes, "test");
    }

    @Test
    void keyIdNamesItsPresetAndRoundTripsThroughText() {
        KeyId id = new KeyDerivation(secret(1)).newKeyId("nz-128");
        assertThat(id.text()).startsWith("nz-128.").hasSize("nz-128.".length() + 43);
        KeyId parsed = KeyId.parse(id.text());
        assertThat(parsed).isEqualTo(id);
        assertThat(parsed.parameterSet()).isEqualTo("nz-128");
    }

    @Test
    void idsAreRandom() {
        KeyDerivation derivation = new KeyDerivation(secret(1));
        assertThat(derivation.newKeyId("nz-128")).isNotEqualTo(derivation.newKeyId("nz-128"));
    }

    @Test
    void sameMasterSecretDerivesSameSeedAndAcceptsTheId() {
        KeyId id = new KeyDerivation(secret(1)).newKeyId("nz-192");
        KeyDerivation replica = new KeyDerivation(secret(1));
        assertThat(replica.issued(id)).isTrue();
        assertThat(replica.seed(id)).isEqualTo(new KeyDerivation(secret(1)).seed(id)).hasSize(32);
    }

    @Test
    void otherMasterSecretRejectsTheIdAndDerivesAnotherSeed() {
        KeyId id = new KeyDerivation(secret(1)).newKeyId("nz-128");
        KeyDerivation other = new KeyDerivation(secret(2));
        assertThat(other.issued(id)).isFalse();
        assertThat(other.seed(id)).isNotEqualTo(new KeyDerivation(secret(1)).seed(id));
    }

    @Test
    void changingThePresetInvalidatesTheTag() {
        KeyDerivation derivation = new KeyDerivation(secret(1));
        KeyId id = derivation.newKeyId("nz-128");
        KeyId moved = KeyId.parse("nz-256" + id.text().substring("nz-128".length()));
        assertThat(derivation.issued(moved)).isFalse();
    }

    @Test
    void malformedIdsAreRefusedWithTheirCode() {
        for (String bad : new String[] {"", "nz-128", "nz-128.", "nz-128.abc", "NZ-128." + "A".repeat(43),
                "nz-128." + "A".repeat(42) + "=", "nz-128." + "A".repeat(44), "nz-128." + "A".repeat(42) + "B"}) {
            assertThatThrownBy(() -> KeyId.parse(bad)).as(bad).isInstanceOf(ApiException.class)
                    .extracting(e -> ((ApiException) e).code()).isEqualTo("malformed_key_id");
        }
    }

    @Test
    void shortMasterSecretsAreRefused() {
        assertThatThrownBy(() -> new MasterSecret(new byte[31], "test")).isInstanceOf(IllegalArgumentException.class);
        assertThat(secret(7).toString()).doesNotContain("7").contains("test");
    }
}
