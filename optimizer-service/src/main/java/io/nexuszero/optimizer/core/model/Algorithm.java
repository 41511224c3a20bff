package io.nexuszero.optimizer.core.model;

import org.tribuo.Trainer;
import org.tribuo.common.tree.RandomForestTrainer;
import org.tribuo.regression.Regressor;
import org.tribuo.regression.ensemble.AveragingCombiner;
import org.tribuo.regression.rtree.CARTRegressionTrainer;
import org.tribuo.regression.rtree.impurity.MeanSquaredError;
import org.tribuo.regression.sgd.linear.LinearSGDTrainer;
import org.tribuo.regression.slm.LARSTrainer;
import org.tribuo.regression.sgd.objectives.SquaredLoss;
import org.tribuo.math.optimisers.AdaGrad;

/**
 * The Tribuo regression trainers a training run compares on the holdout set; the best one serves: regression
 * trees (CART, random forest) and two linear models (SGD, least squares). (Extra trees were dropped: Tribuo 4.3's random-split CART fails
 * on features that are constant within a node.)
 * (XGBoost is left out: it needs native libraries this service does not want to depend on.)
 */
public enum Algorithm {
    CART("cart") {
        @Override
        public Trainer<Regressor> trainer(long seed) {
            return new CARTRegressionTrainer(14, 2f, 0f, 1f, false, new MeanSquaredError(), seed);
        }
    },
    RANDOM_FOREST("random-forest") {
        @Override
        public Trainer<Regressor> trainer(long seed) {
            CARTRegressionTrainer tree = new CARTRegressionTrainer(16, 1f, 0f, 0.7f, false, new MeanSquaredError(), seed);
            return new RandomForestTrainer<>(tree, new AveragingCombiner(), 48, seed);
        }
    },
    /**
     * Linear least squares on the log scale (AdaGrad SGD): it extrapolates the exponential growth of prove time
     * with the rejection pressure, which piecewise-constant trees cannot beyond the measured range.
     */
    LINEAR("linear") {
        @Override
        public Trainer<Regressor> trainer(long seed) {
            return new LinearSGDTrainer(new SquaredLoss(), new AdaGrad(0.1, 1e-6), 2000, seed);
        }
    },
    /**
     * Ordinary least squares on the log scale (Tribuo's LARS run until every feature is in, on standardised
     * features): exact where SGD stops short, so it is the linear model that usually wins when the measurements are
     * clean. Each cost is then a product of powers of the work features, which suits costs dominated by one kind of
     * work per proof type.
     */
    LEAST_SQUARES("least-squares") {
        @Override
        public Trainer<Regressor> trainer(long seed) {
            return new LARSTrainer();
        }
    };

    private final String label;

    Algorithm(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The algorithm with this label. */
    public static Algorithm fromLabel(String label) {
        return java.util.Arrays.stream(values()).filter(a -> a.label.equals(label)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown algorithm " + label));
    }

    /** Every algorithm's label: the closed set of the {@code model} metric label. */
    public static java.util.List<String> labels() {
        return java.util.Arrays.stream(values()).map(Algorithm::label).toList();
    }

    public abstract Trainer<Regressor> trainer(long seed);
}
