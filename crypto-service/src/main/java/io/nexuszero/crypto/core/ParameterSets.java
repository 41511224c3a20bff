package io.nexuszero.crypto.core;

import io.nexuszero.crypto.api.CryptoErrors;
import io.nexuszero.crypto.engine.params.ParameterSet;
import io.nexuszero.crypto.engine.params.Presets;
import io.nexuszero.crypto.engine.proof.ProofParameters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The presets by id, with their proof views computed once. */
public final class ParameterSets {

    private final Map<String, ParameterSet> byId = new LinkedHashMap<>();
    private final Map<String, ProofParameters> proofParameters = new LinkedHashMap<>();

    public ParameterSets() {
        for (ParameterSet preset : Presets.all()) {
            byId.put(preset.id(), preset);
            proofParameters.put(preset.id(), ProofParameters.of(preset));
        }
    }

    public List<ParameterSet> all() {
        return List.copyOf(byId.values());
    }

    public List<String> ids() {
        return List.copyOf(byId.keySet());
    }

    /** A preset named in a request body: 400 missing_field / unknown_parameter_set otherwise. */
    public ParameterSet require(String field, String id) {
        if (id == null) {
            throw CryptoErrors.missingField(field);
        }
        ParameterSet set = byId.get(id);
        if (set == null) {
            throw CryptoErrors.unknownParameterSet(id, ids());
        }
        return set;
    }

    /** A preset named in a path: 404 parameter_set_not_found otherwise. */
    public ParameterSet find(String id) {
        ParameterSet set = byId.get(id);
        if (set == null) {
            throw CryptoErrors.parameterSetNotFound(id);
        }
        return set;
    }

    public boolean contains(String id) {
        return byId.containsKey(id);
    }

    public ProofParameters proofParameters(ParameterSet set) {
        ProofParameters cached = proofParameters.get(set.id());
        return cached != null && byId.get(set.id()).equals(set) ? cached : ProofParameters.of(set);
    }
}
