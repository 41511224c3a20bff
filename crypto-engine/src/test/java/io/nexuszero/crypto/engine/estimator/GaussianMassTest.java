package io.nexuszero.crypto.engine.estimator;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class GaussianMassTest {

    @ParameterizedTest
    @CsvSource({
        // x, erf(x) (reference values, 16 digits)
        "0.1, 0.1124629160182849",
        "0.5, 0.5204998778130465",
        "1.0, 0.8427007929497149",
        "2.0, 0.9953222650189527",
        "2.9, 0.9999589021219005",
        "3.5, 0.9999992569016276",
    })
    void erfMatchesReferenceValues(double x, double expected) {
        assertThat(GaussianMass.erf(x)).isCloseTo(expected, within(1e-13));
        assertThat(GaussianMass.erf(-x)).isCloseTo(-expected, within(1e-13));
    }

    @ParameterizedTest
    @CsvSource({
        // x, erfc(x): in the tail only the logarithm of erf = 1 − erfc matters, so check erfc relatively
        "3.0, 2.209049699858544e-05",
        "5.0, 1.537459794428035e-12",
        "8.0, 1.122429717298293e-29",
    })
    void tailMassIsAccurateRelativeToTheMissingProbability(double x, double erfc) {
        double logWithin = GaussianMass.logProbabilityWithin(1 / Math.sqrt(2), x);
        assertThat(-Math.expm1(logWithin)).isCloseTo(erfc, within(erfc * 1e-9));
    }
}
