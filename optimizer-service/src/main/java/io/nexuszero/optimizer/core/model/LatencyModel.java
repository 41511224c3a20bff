package io.nexuszero.optimizer.core.model;

import io.nexuszero.optimizer.api.LatticeParameters;
import io.nexuszero.optimizer.api.ModelInfo;
import io.nexuszero.optimizer.api.ProofType;
import org.tribuo.Model;
import org.tribuo.Prediction;
import org.tribuo.impl.ArrayExample;
import org.tribuo.regression.RegressionFactory;
import org.tribuo.regression.Regressor;

/**
 * A Tribuo regression model with two outputs, the natural logs of prove and verify microseconds, plus its metadata.
 * Predictions are exponentiated back to microseconds.
 */
public final class LatencyModel {
    public static final String LOG_PROVE = "logProveMicros";
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

    public LatencyPrediction predict(LatticeParameters parameters, ProofType type, int witnessLength) {
        ArrayExample<Regressor> example = new ArrayExample<>(RegressionFactory.UNKNOWN_MULTIPLE_REGRESSOR,
                featureNames, Features.of(parameters, type, witnessLength));
        Prediction<Regressor> prediction = model.predict(example);
        Regressor output = prediction.getOutput();
        return new LatencyPrediction(Math.exp(value(output, LOG_PROVE)), Math.exp(value(output, LOG_VERIFY)));
    }

    private static double value(Regressor output, String dimension) {
        return output.getDimension(dimension)
                .orElseThrow(() -> new IllegalStateException("model has no output " + dimension))
                .getValue();
    }
}
