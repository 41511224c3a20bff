package io.nexuszero.crypto.api;

/** One pair of public range bounds, min ≤ v ≤ max (integers as JSON numbers or decimal strings). */
public record BoundJson(IntegerJson min, IntegerJson max) {
}
