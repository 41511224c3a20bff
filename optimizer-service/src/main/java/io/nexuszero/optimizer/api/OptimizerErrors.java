package io.nexuszero.optimizer.api;

/**
 * Every error code optimizer-service answers with (documented in docs/API.md): code elsewhere names them by these constants,
 * so a code cannot drift between the places that raise it, and OptimizerErrorsTest keeps each one documented.
 */
public final class OptimizerErrors {

    public static final String CRYPTO_SERVICE_UNAVAILABLE = "crypto_service_unavailable";
    public static final String INVALID_OBJECTIVE = "invalid_objective";
    public static final String INVALID_PARAMETERS = "invalid_parameters";
    public static final String INVALID_TRAINING_DESIGN = "invalid_training_design";
    public static final String MISSING_FIELD = "missing_field";
    public static final String MODEL_NOT_FOUND = "model_not_found";
    public static final String MODEL_UNAVAILABLE = "model_unavailable";
    public static final String NO_FEASIBLE_PARAMETERS = "no_feasible_parameters";
    public static final String PARAMETERS_REJECTED = "parameters_rejected";
    public static final String SEARCH_SPACE_UNAVAILABLE = "search_space_unavailable";
    public static final String SECURITY_OUT_OF_RANGE = "security_out_of_range";
    public static final String TRAINING_JOB_NOT_FOUND = "training_job_not_found";
    public static final String TRAINING_JOB_RUNNING = "training_job_running";
    public static final String UNKNOWN_PROOF_TYPE = "unknown_proof_type";
    public static final String WITNESS_LENGTH_OUT_OF_RANGE = "witness_length_out_of_range";

    private OptimizerErrors() {
    }
}
