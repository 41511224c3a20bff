package io.nexuszero.optimizer.core.space;

import io.nexuszero.optimizer.api.LatticeParameters;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The grid the search space is drawn from. It proposes shapes and numbers only; crypto-service decides which are
 * valid and how secure. Moduli are the largest primes q ≡ 17 (mod 32) below 2^bits, which split X^n + 1 into
 * {@link NttPrimes#FACTORS} factors (the partially splitting ring the engine's proofs need to be sound, see
 * {@link NttPrimes}); γ is a power of two
 * {@code gammaShift} bits below q's bit length; module ranks are bounded by {@code maxRankGap} and by
 * n·max(k, l) ≤ {@code maxModuleDimension} to keep the grid (and the benchmarks) tractable.
 */
public record CandidateGrid(
        List<Integer> ringDegrees,
        int minRank,
        int maxRank,
        int maxRankGap,
        int maxModuleDimension,
        List<Integer> modulusBits,
        List<String> secretDistributions,
        List<Integer> etas,
        List<Integer> challengeWeights,
        List<Integer> gammaShifts,
        List<Integer> witnessLengths) {

    public CandidateGrid {
        ringDegrees = List.copyOf(ringDegrees);
        modulusBits = List.copyOf(modulusBits);
        secretDistributions = List.copyOf(secretDistributions);
        etas = List.copyOf(etas);
        challengeWeights = List.copyOf(challengeWeights);
        gammaShifts = List.copyOf(gammaShifts);
        witnessLengths = List.copyOf(witnessLengths);
        if (minRank < 1 || maxRank < minRank) {
            throw new IllegalArgumentException("need 1 ≤ minRank ≤ maxRank");
        }
        if (witnessLengths.isEmpty() || witnessLengths.size() > 16) {
            throw new IllegalArgumentException("crypto-service takes 1..16 witness lengths per evaluation");
        }
    }

    public List<LatticeParameters> generate() {
        List<LatticeParameters> out = new ArrayList<>();
        for (int n : ringDegrees) {
            for (int bits : modulusBits) {
                long q = NttPrimes.largestBelowPowerOfTwo(bits);
                for (int k = minRank; k <= maxRank; k++) {
                    for (int l = minRank; l <= maxRank; l++) {
                        if (Math.abs(k - l) > maxRankGap || (long) n * Math.max(k, l) > maxModuleDimension) {
                            continue;
                        }
                        addDistributions(out, n, q, bits, k, l);
                    }
                }
            }
        }
        return out;
    }

    private void addDistributions(List<LatticeParameters> out, int n, long q, int bits, int k, int l) {
        for (String distribution : secretDistributions) {
            for (int eta : etas) {
                for (int tau : challengeWeights) {
                    for (int shift : gammaShifts) {
                        if (shift >= bits - 1) {
                            continue;
                        }
                        long gamma = 1L << (bits - shift);
                        out.add(new LatticeParameters(n, q, k, l, distribution, eta, tau, gamma));
                    }
                }
            }
        }
    }

    /**
     * Identifies the grid: a snapshot evaluated for another grid is re-evaluated. The moduli are part of it, so a
     * snapshot of the same settings under another modulus rule (before partially splitting moduli, the same
     * {@code modulusBits} meant primes q ≡ 1 mod 2n) is re-evaluated too.
     */
    public String fingerprint() {
        List<Long> moduli = modulusBits.stream().map(NttPrimes::largestBelowPowerOfTwo).toList();
        String identity = this + " moduli=" + moduli;
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
