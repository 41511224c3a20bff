package io.nexuszero.crypto.engine.estimator;

/** The norm in which a SIS solution's bound is stated. */
public enum SisNorm {
    /** ‖x‖₂ ≤ B. */
    EUCLIDEAN,
    /** ‖x‖∞ ≤ B (every coordinate in [−B, B]), as in the Dilithium/ML-DSA forgery analysis. */
    INFINITY
}
