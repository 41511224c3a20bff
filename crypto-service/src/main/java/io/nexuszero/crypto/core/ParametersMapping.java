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
        return new ParametersJson(p.ringDegree(), (long) p.modulus(), p.rankK(), p.rankL(), p.secretDistribution(),
                p.eta(), p.challengeWeight(), p.gamma());
    }

    /** The reasons the JSON cannot even become engine parameters (missing fields, modulus beyond 2^31). */
    public static List<String> problems(ParametersJson json) {
        List<String> problems = new ArrayList<>();
        if (json == null) {
            problems.add("parameters are missing");
            return problems;
        }
        require(problems, "ringDegree", json.ringDegree());
        require(problems, "modulus", json.modulus());
        require(problems, "rankK", json.rankK());
        require(problems, "rankL", json.rankL());
        require(problems, "secretDistribution", json.secretDistribution());
        require(problems, "eta", json.eta());
        require(problems, "challengeWeight", json.challengeWeight());
        require(problems, "gamma", json.gamma());
        if (json.modulus() != null && (json.modulus() < 0 || json.modulus() >= (1L << 31))) {
            problems.add("modulus: " + json.modulus() + " must be a prime below 2^31");
        }
        return problems;
    }

    /** The engine record; call only when {@link #problems} is empty. */
    public static LatticeParameters toEngine(ParametersJson json) {
        return new LatticeParameters(json.ringDegree(), json.modulus().intValue(), json.rankK(), json.rankL(),
                json.secretDistribution(), json.eta(), json.challengeWeight(), json.gamma());
    }

    private static void require(List<String> problems, String field, Object value) {
        if (value == null) {
            problems.add(field + ": is required");
        }
    }
}
