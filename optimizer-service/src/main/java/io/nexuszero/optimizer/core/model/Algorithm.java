package io.nexuszero.optimizer.core.model;

import org.tribuo.Trainer;
import org.tribuo.common.tree.ExtraTreesTrainer;
import org.tribuo.common.tree.RandomForestTrainer;
import org.tribuo.regression.Regressor;
import org.tribuo.regression.ensemble.AveragingCombiner;
import org.tribuo.regression.rtree.CARTRegressionTrainer;
import org.tribuo.regression.rtree.impurity.MeanSquaredError;

/**
 * The Tribuo regression trainers a training run compares on the holdout set; the best one serves.
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
    EXTRA_TREES("extra-trees") {
        @Override
        public Trainer<Regressor> trainer(long seed) {
            CARTRegressionTrainer tree = new CARTRegressionTrainer(16, 1f, 0f, 1f, true, new MeanSquaredError(), seed);
            return new ExtraTreesTrainer<>(tree, new AveragingCombiner(), 48, seed);
        }
    };

    private final String label;

    Algorithm(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public abstract Trainer<Regressor> trainer(long seed);
}
