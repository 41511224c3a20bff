package io.nexuszero.crypto.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What a proof is about: {@code publicKey} (lwe-secret), or {@code commitments} (base64url commitment encoding) and,
 * for linear-relation, the {@code relation}, for range the {@code bounds} (decimal strings). Only the fields of the
 * proof's type are present.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StatementJson(String publicKey, String commitments, RelationJson relation,
                            @Schema(description = BoundsJson.DESCRIPTION)
                            BoundsJson bounds) {
}
