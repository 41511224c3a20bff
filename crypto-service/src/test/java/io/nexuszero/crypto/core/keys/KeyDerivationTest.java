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
    void keyIdNamesItsAlgorithmAndRoundTripsThroughText() {
        KeyId id = new KeyDerivation(secret(1)).newKeyId("alice", KeyAlgorithm.ML_DSA_44);
        assertThat(id.text()).startsWith("ml-dsa-44.").hasSize("ml-dsa-44.".length() + 64);
        KeyId parsed = KeyId.parse(id.text());
        assertThat(parsed).isEqualTo(id);
        assertThat(parsed.prefix()).isEqualTo("ml-dsa-44");
        assertThat(KeyAlgorithm.fromIdPrefix(parsed.prefix())).isEqualTo(KeyAlgorithm.ML_DSA_44);
        assertThat(new KeyDerivation(secret(1)).newKeyId("alice", KeyAlgorithm.NZ_128).text()).startsWith("nz-128.");
    }

    @Test
    void idsAreRandom() {
        KeyDerivation derivation = new KeyDerivation(secret(1));
        assertThat(derivation.newKeyId("a", KeyAlgorithm.NZ_128)).isNotEqualTo(derivation.newKeyId("a",
                KeyAlgorithm.NZ_128));
    }

    @Test
    void theOwnerIsBoundIntoTheId() {
        KeyDerivation derivation = new KeyDerivation(secret(1));
        KeyId id = derivation.newKeyId("alice", KeyAlgorithm.ML_KEM_768);
        assertThat(derivation.issued(id)).isTrue();
        assertThat(derivation.ownedBy(id, "alice")).isTrue();
        assertThat(derivation.ownedBy(id, "bob")).isFalse();
        assertThat(derivation.ownedBy(id, "")).isFalse();
        assertThat(derivation.ownedBy(id, "Alice")).isFalse();
        // swapping in bob's owner tag for the same nonce breaks the issuing tag
        KeyId bobs = derivation.newKeyId("bob", KeyAlgorithm.ML_KEM_768);
        KeyId spliced = new KeyId(id.prefix(), id.nonce(), bobs.ownerTag(), id.tag());
        assertThat(derivation.issued(spliced)).isFalse();
    }

    @Test
    void sameMasterSecretDerivesSameSeedAndAcceptsTheId() {
        KeyId id = new KeyDerivation(secret(1)).newKeyId("alice", KeyAlgorithm.NZ_192);
        KeyDerivation replica = new KeyDerivation(secret(1));
        assertThat(replica.issued(id)).isTrue();
        assertThat(replica.ownedBy(id, "alice")).isTrue();
        assertThat(replica.seed(id, KeyAlgorithm.NZ_192, 32)).hasSize(32)
                .isEqualTo(new KeyDerivation(secret(1)).seed(id, KeyAlgorithm.NZ_192, 32));
    }

    @Test
    void purposeAndAlgorithmArePartOfTheSeed() {
        KeyDerivation derivation = new KeyDerivation(secret(1));
        KeyId id = derivation.newKeyId("alice", KeyAlgorithm.ML_KEM_512);
        byte[] kem = derivation.seed(id, KeyAlgorithm.ML_KEM_512, 32);
        assertThat(derivation.seed(id, KeyAlgorithm.ML_DSA_44, 32)).isNotEqualTo(kem);
        assertThat(derivation.seed(id, KeyAlgorithm.NZ_128, 32)).isNotEqualTo(kem);
        assertThat(derivation.seed(id, KeyAlgorithm.ML_KEM_768, 32)).isNotEqualTo(kem);
    }

    @Test
    void otherMasterSecretRejectsTheIdAndDerivesAnotherSeed() {
        KeyId id = new KeyDerivation(secret(1)).newKeyId("alice", KeyAlgorithm.NZ_128);
        KeyDerivation other = new KeyDerivation(secret(2));
        assertThat(other.issued(id)).isFalse();
        assertThat(other.ownedBy(id, "alice")).isFalse();
        assertThat(other.seed(id, KeyAlgorithm.NZ_128, 32))
                .isNotEqualTo(new KeyDerivation(secret(1)).seed(id, KeyAlgorithm.NZ_128, 32));
    }

    @Test
    void changingTheAlgorithmInvalidatesTheTag() {
        KeyDerivation derivation = new KeyDerivation(secret(1));
        KeyId id = derivation.newKeyId("alice", KeyAlgorithm.ML_DSA_44);
        KeyId moved = KeyId.parse("ml-dsa-87" + id.text().substring("ml-dsa-44".length()));
        assertThat(derivation.issued(moved)).isFalse();
        assertThat(derivation.ownedBy(moved, "alice")).isFalse();
    }

    @Test
    void malformedIdsAreRefusedWithTheirCode() {
        for (String bad : new String[] {"", "nz-128", "nz-128.", "nz-128.abc", "NZ-128." + "A".repeat(64),
                "nz-128." + "A".repeat(63) + "=", "nz-128." + "A".repeat(65), "nz-128." + "A".repeat(43),
                "nz-128." + "A".repeat(63) + "+", "nz-128." + "A".repeat(63) + "/"}) {
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
