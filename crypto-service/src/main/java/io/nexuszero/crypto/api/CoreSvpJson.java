package io.nexuszero.crypto.api;

/** Core-SVP cost: 0.292·β classical, 0.265·β quantum (bits). */
public record CoreSvpJson(double classicalBits, double quantumBits) {
}
