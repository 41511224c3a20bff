package io.nexuszero.crypto.core.security;

import io.nexuszero.common.errors.ApiException;
import io.nexuszero.crypto.api.AttackEstimateJson;
import io.nexuszero.crypto.api.CoreSvpJson;
import io.nexuszero.crypto.api.CryptoErrors;
import io.nexuszero.crypto.api.SecurityEstimateRequest;
import io.nexuszero.crypto.api.SecurityEstimateResponse;
import io.nexuszero.crypto.engine.estimator.LweEstimate;
import io.nexuszero.crypto.engine.estimator.LweInstance;
import io.nexuszero.crypto.engine.estimator.LweReport;
import io.nexuszero.crypto.engine.estimator.SecurityEstimator;

/** POST /v1/security/estimate: the cheapest of the primal uSVP and dual attacks on LWE(n, q, σ_s, σ_e, m). */
public final class LweEstimation {

    /** Bounds keep one estimate cheap (its search is polynomial in the dimension n + m). */
    static final int MAX_DIMENSION = 16_384;
    static final int MAX_SAMPLES = 65_536;

    private LweEstimation() {
    }

    public static SecurityEstimateResponse estimate(SecurityEstimateRequest request) {
        int n = range("n", request.n(), MAX_DIMENSION);
        int m = range("m", request.m(), MAX_SAMPLES);
        if (request.q() == null) {
            throw CryptoErrors.missingField("q");
        }
        if (request.q() < 2) {
            throw CryptoErrors.invalidValue("q", "must be at least 2");
        }
        double secretSigma = sigma("secretSigma", request.secretSigma());
        double errorSigma = sigma("errorSigma", request.errorSigma());
        if (errorSigma >= request.q()) {
            throw CryptoErrors.invalidValue("errorSigma", "must be below q");
        }
        LweReport report;
        try {
            report = SecurityEstimator.reportLwe(LweInstance.ofModulus(n, request.q(), secretSigma, errorSigma, m));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(CryptoErrors.INVALID_VALUE, "Not an LWE instance the estimator accepts: "
                    + e.getMessage());
        }
        LweEstimate estimate = report.weakest();
        if (!estimate.feasible()) {
            throw ApiException.unprocessable(CryptoErrors.NO_ATTACK_FOUND, "Neither the primal nor the dual attack succeeds "
                    + "with these samples up to the full dimension; add samples (m)");
        }
        AttackEstimateJson weakest = json(estimate);
        return new SecurityEstimateResponse(weakest.beta(), weakest.d(), weakest.samplesUsed(), weakest.coreSvp(),
                weakest.gateCountBits(), weakest.attack(),
                report.attacks().stream().filter(LweEstimate::feasible).map(LweEstimation::json).toList());
    }

    private static AttackEstimateJson json(LweEstimate e) {
        return new AttackEstimateJson(e.attack(), e.beta(), e.d(), e.samplesUsed(),
                new CoreSvpJson(round(e.classicalBits()), round(e.quantumBits())), round(e.gateCountBits()));
    }

    private static int range(String field, Integer value, int max) {
        if (value == null) {
            throw CryptoErrors.missingField(field);
        }
        if (value < 1 || value > max) {
            throw CryptoErrors.invalidValue(field, "must be in [1, " + max + "]");
        }
        return value;
    }

    private static double sigma(String field, Double value) {
        if (value == null) {
            throw CryptoErrors.missingField(field);
        }
        if (!(value > 0) || value.isInfinite()) {
            throw CryptoErrors.invalidValue(field, "must be a positive finite number");
        }
        return value;
    }

    private static double round(double bits) {
        return Math.round(bits * 10) / 10.0;
    }
}
