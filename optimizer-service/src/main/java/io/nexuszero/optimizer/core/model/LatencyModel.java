package io.nexuszero.optimizer.core.model;

import io.nexuszero.optimizer.api.LatticeParameters;
import io.nexuszero.optimizer.api.ModelInfo;
import io.nexuszero.optimizer.api.ProofType;
import io.nexuszero.optimizer.core.space.Candidate;
import org.tribuo.Model;
import org.tribuo.Prediction;
import org.tribuo.impl.ArrayExample;
import org.tribuo.regression.RegressionFactory;
import org.tribuo.regression.Regressor;

/**
 * A Tribuo regression model with two outputs plus its metadata: ln of the microseconds of ONE PROVER ATTEMPT (the
 * measured mean prove time divided by the mean attempts those proofs took) and ln of the verify microseconds. A
 * prediction multiplies the per-attempt cost by crypto-service's exact expected attempts, then exponentiates to
 * microseconds: the model learns the smooth part (work per attempt), the closed form supplies the exponential part.
 */
public final class LatencyModel {
    public static final String LOG_PROVE_PER_ATTEMPT = "logProveMicrosPerAttempt";
    public static final String LOG_VERIFY = "logVerifyMicros";

    private final Model<Regressor> model;
    private final ModelInfo info;
    private final String[] featureNames = Features.names();

    public LatencyModel(Model<Regressor> model, ModelInfo info) {
        this.model = model;
        this.info = info;
    }

    public Model<Regressor> tribuoModel() {
        return model;
    }

    public ModelInfo info() {
        return info;
    }

    public String id() {
        return info.id();
    }

    /** Predicted times of this candidate's proof, with crypto-service's expected attempts for it. */
    public LatencyPrediction predict(Candidate candidate, ProofType type, int witnessLength) {
        return predict(candidate.parameters(), type, witnessLength, candidate.lnExpectedAttempts(type, witnessLength));
    }

    /** @param lnExpectedAttempts ln of crypto-service's expected prover attempts (+∞ gives an infinite prove time) */
    public LatencyPrediction predict(LatticeParameters parameters, ProofType type, int witnessLength,
                                     double lnExpectedAttempts) {
        return predict(model, featureNames, parameters, type, witnessLength, lnExpectedAttempts);
    }

    /** The prediction of a bare Tribuo model trained on these targets (used to score models before they serve). */
    static LatencyPrediction predict(Model<Regressor> model, String[] featureNames, LatticeParameters parameters,
                                     ProofType type, int witnessLength, double lnExpectedAttempts) {
        // a feature must be finite: an unreachable proof is predicted at its per-attempt cost times infinity
        double lnAttempts = Double.isFinite(lnExpectedAttempts) ? lnExpectedAttempts : 0;
        ArrayExample<Regressor> example = new ArrayExample<>(RegressionFactory.UNKNOWN_MULTIPLE_REGRESSOR,
                featureNames, Features.of(parameters, type, witnessLength, lnAttempts));
        Prediction<Regressor> prediction = model.predict(example);
        Regressor output = prediction.getOutput();
        double lnProve = value(output, LOG_PROVE_PER_ATTEMPT) + lnExpectedAttempts;
        return new LatencyPrediction(Math.exp(lnProve), Math.exp(value(output, LOG_VERIFY)));
    }

    private static double value(Regressor output, String dimension) {
        return output.getDimension(dimension)
                .orElseThrow(() -> new IllegalStateException("model has no output " + dimension))
                .getValue();
    }
}
