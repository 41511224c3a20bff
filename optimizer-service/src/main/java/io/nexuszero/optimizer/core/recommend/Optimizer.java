package io.nexuszero.optimizer.core.recommend;

import io.nexuszero.common.errors.ApiException;
import io.nexuszero.optimizer.api.LatticeParameters;
import io.nexuszero.optimizer.api.OptimizeResponse;
import io.nexuszero.optimizer.api.OptimizerErrors;
import io.nexuszero.optimizer.api.PredictResponse;
import io.nexuszero.optimizer.api.Predicted;
import io.nexuszero.optimizer.api.ProofType;
import io.nexuszero.optimizer.api.RankedCandidate;
import io.nexuszero.optimizer.client.CryptoServiceException;
import io.nexuszero.optimizer.core.model.LatencyModel;
import io.nexuszero.optimizer.core.model.LatencyPrediction;
import io.nexuszero.optimizer.core.model.ModelRegistry;
import io.nexuszero.optimizer.core.space.Candidate;
import io.nexuszero.optimizer.core.space.SearchSpace;
import io.nexuszero.optimizer.core.space.SearchSpaceService;
import io.nexuszero.optimizer.metrics.InferenceMetrics;

import java.util.List;

/**
 * Answers /v1/optimize and /v1/predict from whatever search space and model serve right now. /v1/optimize never
 * calls crypto-service, so it answers in milliseconds whether crypto-service is up or not ({@code stale} says
 * which); /v1/predict calls it once only for parameters outside the search space.
 */
public class Optimizer {
    public static final int RESULTS = 5;

    private final SearchSpaceService searchSpace;
    private final ModelRegistry models;
    private final Recommender recommender;
    private final InferenceMetrics metrics;

    public Optimizer(SearchSpaceService searchSpace, ModelRegistry models, Recommender recommender, InferenceMetrics metrics) {
        this.searchSpace = searchSpace;
        this.models = models;
        this.recommender = recommender;
        this.metrics = metrics;
    }

    public OptimizeResponse optimize(ProofType type, int witnessLength, double securityBits, Objective objective) {
        boolean stale = searchSpace.stale();
        SearchSpace space = searchSpace.current();
        LatencyModel model = serving(space);
        Recommender.Ranking ranking = metrics.timeInference(model.info().algorithm(),
                () -> recommender.rank(space, model, type, witnessLength, securityBits, objective, RESULTS));
        if (ranking.best().isEmpty()) {
            throw ApiException.unprocessable(OptimizerErrors.NO_FEASIBLE_PARAMETERS,
                    "no parameter set in the search space ("
                    + space.size() + " candidates) reaches " + securityBits + " classical bits and can prove "
                    + type.wireName() + (type.dependsOnWitnessLength() ? " of " + witnessLength + " values" : "")
                    + longestProvable(space, type, securityBits));
        }
        List<RankedCandidate> ranked = ranking.best().stream()
                .map(scored -> ranked(scored, type, witnessLength)).toList();
        return new OptimizeResponse(ranked.get(0), ranked.subList(1, ranked.size()), model.info().ref(),
                ranking.feasibleCount(), stale);
    }

    /**
     * Predictions for any parameter set: from the search space when it holds the set, otherwise crypto-service
     * evaluates it first (the expected prover attempts, security and sizes are its knowledge, not ours).
     */
    public PredictResponse predict(LatticeParameters parameters, ProofType type, int witnessLength) {
        LatencyModel model = models.current().orElseThrow(Optimizer::noModel);
        SearchSpaceService.Lookup lookup;
        try {
            lookup = searchSpace.lookup(parameters);
        } catch (CryptoServiceException e) {
            throw new ApiException(503, OptimizerErrors.CRYPTO_SERVICE_UNAVAILABLE,
                    "these parameters are not in the search space "
                    + "and crypto-service could not evaluate them (" + e.code() + "); retry later");
        }
        Candidate candidate = lookup.candidate();
        if (candidate == null) {
            throw ApiException.unprocessable(OptimizerErrors.PARAMETERS_REJECTED,
                    "crypto-service rejects these parameters: "
                    + lookup.invalidReason());
        }
        LatencyPrediction prediction = metrics.timeInference(model.info().algorithm(),
                () -> model.predict(candidate, type, witnessLength));
        Long bytes = candidate.proofBytes(type, witnessLength);
        Boolean exact = bytes == null ? null : candidate.proofBytesExact(type, witnessLength);
        return new PredictResponse(parameters.candidateId(), lookup.inSearchSpace(), candidate.estimate(),
                predicted(bytes, exact, prediction), model.info().ref());
    }

    /** Precomputes predictions for the serving model and space, so the first requests after a change stay fast. */
    public void warmUp() {
        SearchSpace space = searchSpace.current();
        models.current().ifPresent(model -> {
            if (space.size() > 0) {
                recommender.warmUp(space, model);
            }
        });
    }

    /**
     * Where the witness length is what fails (a parameter set's maxWitnessLength: commitment-opening's can lie below
     * 4096, range's is 4096 or 0): the longest any set meeting the target can prove. Only on this error path, so one
     * scan is fine.
     */
    private static String longestProvable(SearchSpace space, ProofType type, double securityBits) {
        if (!type.dependsOnWitnessLength()) {
            return "";
        }
        int longest = space.candidates().stream().filter(c -> c.meets(securityBits))
                .mapToInt(c -> c.longestProvableWitness(type)).max().orElse(0);
        return longest == 0 ? "" : " (the longest such a set proves: " + longest + " values)";
    }

    private LatencyModel serving(SearchSpace space) {
        if (space.size() == 0) {
            throw new ApiException(503, OptimizerErrors.SEARCH_SPACE_UNAVAILABLE,
                    "no evaluated search space yet: crypto-service has not been reached and no snapshot is cached");
        }
        return models.current().orElseThrow(Optimizer::noModel);
    }

    private static ApiException noModel() {
        return new ApiException(503, OptimizerErrors.MODEL_UNAVAILABLE,
                "no model serves yet: run a training job (POST /v1/training-jobs)");
    }

    private static RankedCandidate ranked(ScoredCandidate scored, ProofType type, int witnessLength) {
        Candidate candidate = scored.candidate();
        return new RankedCandidate(candidate.id(), candidate.parameters(), candidate.estimate(),
                predicted(scored.proofBytes(), candidate.proofBytesExact(type, witnessLength), scored.predicted()),
                round(scored.score(), 6));
    }

    private static Predicted predicted(Long bytes, Boolean exact, LatencyPrediction prediction) {
        // a proof the parameters cannot make in practice (astronomical expected attempts) has no prove time
        Double prove = Double.isFinite(prediction.proveMicros()) ? round(prediction.proveMicros() / 1000.0, 4) : null;
        return new Predicted(bytes, exact, prove, round(prediction.verifyMicros() / 1000.0, 4));
    }

    private static double round(double value, int digits) {
        double scale = Math.pow(10, digits);
        return Math.round(value * scale) / scale;
    }
}
