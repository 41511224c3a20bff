package io.nexuszero.crypto.engine.sampling;

import io.nexuszero.crypto.engine.ring.Poly;
import io.nexuszero.crypto.engine.ring.Ring;

import java.util.Optional;

/**
 * The short-secret distributions of the engine, by their wire names in {@code LatticeParameters.secretDistribution}:
 * "cbd" = CBD(η), "uniform" = uniform in [−η, η]. Both are supported on [−η, η].
 */
public enum SecretDistribution {
    /** Centered binomial CBD(η), variance η/2. */
    CBD("cbd"),
    /** Uniform on [−η, η], variance η(η+1)/3. */
    UNIFORM("uniform");

    private final String wireName;

    SecretDistribution(String wireName) {
        this.wireName = wireName;
    }

    /** The name used in parameters and JSON ("cbd" or "uniform"). */
    public String wireName() {
        return wireName;
    }

    /** The distribution with the given wire name, if any. */
    public static Optional<SecretDistribution> fromWireName(String name) {
        for (SecretDistribution d : values()) {
            if (d.wireName.equals(name)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /** Samples a coefficient-domain polynomial from this distribution with parameter η from SHAKE-256(seed ‖ nonce). */
    public Poly sample(Ring ring, int eta, byte[] seed, int nonce) {
        return this == CBD ? CbdSampler.sample(ring, eta, seed, nonce) : BoundedSampler.sample(ring, eta, seed, nonce);
    }

    /** Variance of one coefficient. */
    public double variance(int eta) {
        return this == CBD ? eta / 2.0 : eta * (eta + 1) / 3.0;
    }

    /** Standard deviation of one coefficient. */
    public double standardDeviation(int eta) {
        return Math.sqrt(variance(eta));
    }

    /**
     * The exact probability mass function on [−η, η]: element i is Pr[x = i − η]. CBD(η): C(2η, η + x) / 4^η.
     */
    public double[] probabilities(int eta) {
        double[] p = new double[2 * eta + 1];
        if (this == UNIFORM) {
            java.util.Arrays.fill(p, 1.0 / (2 * eta + 1));
            return p;
        }
        double total = Math.pow(4, eta);
        for (int i = 0; i <= 2 * eta; i++) {
            p[i] = binomial(2 * eta, i) / total;
        }
        return p;
    }

    private static double binomial(int n, int k) {
        double r = 1;
        for (int i = 1; i <= k; i++) {
            r = r * (n - k + i) / i;
        }
        return r;
    }
}
