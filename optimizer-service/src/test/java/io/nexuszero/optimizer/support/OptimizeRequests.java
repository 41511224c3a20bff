package io.nexuszero.optimizer.support;

/** Bodies of {@code POST /v1/optimize} as raw JSON, so tests can send nulls, wrong types and odd values. */
public final class OptimizeRequests {

    private OptimizeRequests() {
    }

    public static String optimizeBody(Object securityBits, String proofType, Object witnessLength, String objective) {
        return "{\"securityBits\":" + securityBits + ",\"proofType\":" + (proofType == null ? "null" : "\"" + proofType + "\"")
                + ",\"witnessLength\":" + witnessLength + ",\"objective\":" + objective + "}";
    }
}
