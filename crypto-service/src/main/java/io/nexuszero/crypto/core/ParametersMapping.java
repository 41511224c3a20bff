package io.nexuszero.crypto.core;

import io.nexuszero.crypto.api.ParametersJson;
import io.nexuszero.crypto.engine.params.LatticeParameters;
import java.util.ArrayList;
import java.util.List;

/** Between the wire's {@link ParametersJson} (boxed, may be incomplete) and the engine's {@link LatticeParameters}. */
public final class ParametersMapping {

    private ParametersMapping() {
    }

    public static ParametersJson toJson(LatticeParameters p) {
        return new ParametersJson((long) p.ringDegree(), (long) p.modulus(), (long) p.rankK(), (long) p.rankL(),
                p.secretDistribution(), (long) p.eta(), (long) p.challengeWeight(), (long) p.gamma());
    }

    /** The reasons the JSON cannot even become engine parameters (missing fields, modulus beyond 2^31). */
    public static List<String> problems(ParametersJson json) {
        List<String> problems = new ArrayList<>();
        if (json == null) {
            problems.add("parameters are missing");
            return problems;
        }
        int32(problems, "ringDegree", json.ringDegree());
        int32(problems, "modulus", json.modulus());
        int32(problems, "rankK", json.rankK());
        int32(problems, "rankL", json.rankL());
        if (json.secretDistribution() == null) {
            problems.add("secretDistribution: is required");
        }
        int32(problems, "eta", json.eta());
        int32(problems, "challengeWeight", json.challengeWeight());
        int32(problems, "gamma", json.gamma());
        return problems;
    }

    /** The engine record; call only when {@link #problems} is empty. */
    public static LatticeParameters toEngine(ParametersJson json) {
        return new LatticeParameters(json.ringDegree().intValue(), json.modulus().intValue(), json.rankK().intValue(),
                json.rankL().intValue(), json.secretDistribution(), json.eta().intValue(),
                json.challengeWeight().intValue(), json.gamma().intValue());
    }

    /** Every number must be present and fit the engine's int fields (all are positive and below 2^31). */
    private static void int32(List<String> problems, String field, Long value) {
        if (value == null) {
            problems.add(field + ": is required");
        } else if (value < 0 || value > Integer.MAX_VALUE) {
            problems.add(field + ": " + value + " is out of range (0 .. 2^31 - 1)");
        }
    }
}
