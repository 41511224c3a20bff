package io.nexuszero.crypto.engine.params;

import io.nexuszero.crypto.engine.estimator.LweEstimate;
import io.nexuszero.crypto.engine.estimator.SecurityEstimator;
import io.nexuszero.crypto.engine.estimator.SisEstimate;
import io.nexuszero.crypto.engine.estimator.SisInstance;
import io.nexuszero.crypto.engine.estimator.SisNorm;

import java.util.Comparator;
import java.util.List;

/**
 * Every hardness a parameter set relies on — the one security rule of the engine and the API (instances as in
 * docs/CRYPTO.md, "Security of a parameter set"):
 * <ul>
 *   <li><b>key Module-LWE</b>: t = A·s1 + s2, A ∈ R_q^{k×l}, s1, s2 ~ D_η (secret dimension n·l, n·k samples);</li>
 *   <li><b>commitment hiding</b> (BDLOP, κ = k, λ = l): Module-LWE with secret dimension n·l and (k + ℓ)·n
 *       samples, at the largest message length ℓ = {@value #MAX_MESSAGE_POLYS} polynomials;</li>
 *   <li><b>commitment binding</b>: two weak openings (r̄, c̄), (r̄', c̄') of one commitment with different messages
 *       give a non-zero kernel vector c̄'·r̄ − c̄·r̄' of A1 ∈ R_q^{κ×(κ+ℓ+λ)} with ‖·‖∞ ≤ 8τ(γ − τη);</li>
 *   <li><b>proof Module-SIS</b> (lwe-secret extractor): a kernel vector of [A | I_k | t] ∈ R_q^{k×(l+k+1)} with
 *       ‖·‖∞ ≤ 2(γ − τη);</li>
 *   <li><b>commitment knowledge</b> (opening extractor): a kernel vector of [I_κ | A1' | t1] ∈ R_q^{κ×(κ+ℓ+λ+1)}
 *       with ‖·‖∞ ≤ 2(γ − τη);</li>
 *   <li><b>soundness</b>: −log2 of the knowledge error per random-oracle query ({@link Soundness});</li>
 *   <li><b>linear-relation soundness</b>: the same for linear-relation proofs, whose extra round adds q^-r
 *       ({@link Soundness#linearRelationBits});</li>
 *   <li><b>range soundness</b>: the same for range proofs: q^-R + q^-r + 2/|C| ({@link Soundness#rangeBits}).</li>
 * </ul>
 * The weakest of all is the parameter set's security.
 *
 * @param keyModuleLwe        cheapest attack on the key's Module-LWE instance
 * @param commitmentHiding    cheapest attack on BDLOP hiding
 * @param commitmentBinding   binding of the weak openings the extractors yield
 * @param proofModuleSis      the lwe-secret proof's ℓ∞ Module-SIS instance
 * @param commitmentKnowledge the opening proof's ℓ∞ Module-SIS instance
 * @param soundnessBits       −log2 of the knowledge error per query (classical)
 * @param soundnessQuantumBits the same against a quantum prover
 * @param linearRelationSoundnessBits −log2 of a linear-relation proof's knowledge error per query (classical)
 * @param rangeSoundnessBits  −log2 of a range proof's soundness error per query (classical)
 */
public record SecurityAssessment(LweEstimate keyModuleLwe, LweEstimate commitmentHiding,
                                 SisEstimate commitmentBinding, SisEstimate proofModuleSis,
                                 SisEstimate commitmentKnowledge, double soundnessBits,
                                 double soundnessQuantumBits, double linearRelationSoundnessBits,
                                 double rangeSoundnessBits) {

    /** Largest number of message polynomials of a commitment (L ≤ 4096 values, n ≥ 256). */
    public static final int MAX_MESSAGE_POLYS = 16;

    /**
     * One named hardness. {@code key} is its stable JSON name; {@code beta} is the BKZ block size of the cheapest
     * lattice attack (0 for soundness, which is not a lattice problem).
     */
    public record Hardness(String key, String name, int beta, double classicalBits, double quantumBits,
                           double gateCountBits) {
    }

    /** Estimates every instance for structurally valid parameters. */
    public static SecurityAssessment of(LatticeParameters p) {
        int n = p.ringDegree();
        long q = p.modulus();
        int k = p.rankK();
        int l = p.rankL();
        double extractedBound = 2.0 * p.responseBound();
        double weakOpeningBound = 8.0 * p.challengeWeight() * p.responseBound();
        int ell = Math.min(MAX_MESSAGE_POLYS, Math.max(1, 4096 / n));
        LweEstimate key = SecurityEstimator.estimateLwe(
            SecurityEstimator.moduleLwe(n, q, k, l, p.secretDistribution(), p.eta()));
        LweEstimate hiding = SecurityEstimator.estimateLwe(
            SecurityEstimator.moduleLwe(n, q, k + ell, l, p.secretDistribution(), p.eta()));
        SisEstimate binding = SecurityEstimator.estimateSis(
            new SisInstance(n, q, k, k + ell + l, weakOpeningBound, SisNorm.INFINITY));
        SisEstimate proof = SecurityEstimator.estimateSis(
            new SisInstance(n, q, k, l + k + 1, extractedBound, SisNorm.INFINITY));
        SisEstimate knowledge = SecurityEstimator.estimateSis(
            new SisInstance(n, q, k, k + ell + l + 1, extractedBound, SisNorm.INFINITY));
        return new SecurityAssessment(key, hiding, binding, proof, knowledge, Soundness.classicalBits(p),
            Soundness.quantumBits(p), Soundness.linearRelationBits(p), Soundness.rangeBits(p));
    }

    /** All instances with names, in the order of the record components. */
    public List<Hardness> all() {
        return List.of(
            lwe("keyModuleLwe", "key Module-LWE", keyModuleLwe),
            lwe("commitmentHiding", "commitment hiding (Module-LWE)", commitmentHiding),
            sis("commitmentBinding", "commitment binding of weak openings (Module-SIS)", commitmentBinding),
            sis("proofModuleSis", "lwe-secret proof knowledge (Module-SIS)", proofModuleSis),
            sis("commitmentKnowledge", "commitment opening knowledge (Module-SIS)", commitmentKnowledge),
            new Hardness("soundness", "soundness error of the challenges", 0, soundnessBits, soundnessQuantumBits,
                soundnessBits),
            new Hardness("linearRelationSoundness", "soundness error of linear-relation proofs (challenges and "
                + "garbage scalars)", 0, linearRelationSoundnessBits, linearRelationSoundnessBits / 2,
                linearRelationSoundnessBits),
            new Hardness("rangeSoundness", "soundness error of range proofs (Schwartz-Zippel weights, row weights "
                + "and a 3-special-sound challenge round)", 0, rangeSoundnessBits, rangeSoundnessBits / 2,
                rangeSoundnessBits));
    }

    /** The weakest instance (by classical bits): the parameter set's security. */
    public Hardness weakest() {
        return all().stream().min(Comparator.comparingDouble(Hardness::classicalBits)).orElseThrow();
    }

    /** The weakest instance, in classical bits (core-SVP for the lattice problems). */
    public double classicalBits() {
        return weakest().classicalBits();
    }

    /** The weakest instance against a quantum adversary. */
    public double quantumBits() {
        return all().stream().mapToDouble(Hardness::quantumBits).min().orElseThrow();
    }

    private static Hardness lwe(String key, String name, LweEstimate e) {
        return new Hardness(key, name, e.beta(), e.classicalBits(), e.quantumBits(), e.gateCountBits());
    }

    private static Hardness sis(String key, String name, SisEstimate e) {
        return new Hardness(key, name, e.beta(), e.classicalBits(), e.quantumBits(), e.gateCountBits());
    }
}
