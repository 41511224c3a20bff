package io.nexuszero.crypto.engine.proof;

import io.nexuszero.crypto.engine.ring.Poly;
import io.nexuszero.crypto.engine.ring.PolyVec;
import io.nexuszero.crypto.engine.ring.Ring;
import io.nexuszero.crypto.engine.ring.SparseTernary;
import io.nexuszero.crypto.engine.sampling.UniformSampler;

/**
 * The algebra of a range proof, shared by prover and verifier so both evaluate one formula (docs/CRYPTO.md,
 * section 4). With s the bit polynomials, c_i ∈ {1, 0} the target of position i ({@link RangeLayout#targets}) and
 * α_t ∈ Z_q^{ℓ_s·n} (t = 1 … R, zero beyond the published positions) the round-1 weights, the prover commits to
 * û_t = σ_{-1}(u_t) with u_t = α_t ∘ (s − c) (coefficient-wise). Every position is then 0 or its target iff, for
 * each t, ⟨u_t, s⟩ = Σ_i α_{t,i}·s_i·(s_i − c_i) = 0 and u_t = α_t ∘ (s − c). Round 2 gives each row k = 1 … r
 * scalars ν_{k,t} ∈ Z_q and one weight vector M_k ∈ Z_q^{ℓ_s·n}; with Ũ_k = Σ_t ν_{k,t}·û_t those become one ring
 * element per row,
 * <pre>
 *   P_k = Σ_j Ũ_{k,j}·s_j  +  Σ_j M_{k,j}·Ũ_{k,j}  +  Σ_j B_{k,j}·s_j  +  κ_k,
 *   B_k = −σ_{-1}(M_k ∘ Σ_t ν_{k,t}·α_t),   κ_k = ⟨M_k, Σ_t ν_{k,t}·α_t ∘ c⟩,
 * </pre>
 * whose constant coefficient is Σ_t ν_{k,t}·(⟨u_t, s⟩ + ⟨M_k, u_t − α_t ∘ (s − c)⟩) (ct(a·σ_{-1}(b)) = ⟨a, b⟩): a
 * polynomial of degree 2 in (ν_k, M_k), non-zero unless every equation holds, so zero with probability at most 2/q
 * (Schwartz–Zippel). One M_k per row, not one per row and copy, is what keeps a row at 3ℓ_s ring products.
 * Everything here works in the NTT domain; products are exact in R_q.
 */
final class RangeEquations {

    private static final byte ALPHA = 1;
    private static final byte COPY_WEIGHTS = 2;
    private static final byte POSITION_WEIGHTS = 3;

    private final RangeLayout layout;
    private final int[][] copyWeights;
    private final PolyVec[] positionWeights;
    private final PolyVec[] bitWeights;
    private final Poly[] constants;

    private RangeEquations(RangeLayout layout, int[][] copyWeights, PolyVec[] positionWeights, PolyVec[] bitWeights,
                           Poly[] constants) {
        this.layout = layout;
        this.copyWeights = copyWeights;
        this.positionWeights = positionWeights;
        this.bitWeights = bitWeights;
        this.constants = constants;
    }

    /** α_1 … α_R from ρ1 (SHAKE-128), uniform on the published positions and zero beyond them. */
    static int[][] alphas(ProofParameters p, RangeLayout layout, byte[] rho1) {
        int[][] alpha = new int[layout.copies()][layout.positions()];
        for (int t = 0; t < layout.copies(); t++) {
            int[] drawn = UniformSampler.uniformValues(p.modulus(), layout.publishedPositions(), rho1,
                    new byte[] {ALPHA, (byte) t});
            System.arraycopy(drawn, 0, alpha[t], 0, drawn.length);
        }
        return alpha;
    }

    /** û_t = σ_{-1}(α_t ∘ (s − c)) for the message s (coefficient domain in and out), R·ℓ_s polynomials. */
    static PolyVec products(ProofParameters p, RangeLayout layout, int[][] alpha, int[] targets, PolyVec message) {
        int n = p.degree();
        long q = p.modulus();
        Poly[] out = new Poly[layout.copies() * layout.bitPolys()];
        for (int t = 0; t < layout.copies(); t++) {
            for (int j = 0; j < layout.bitPolys(); j++) {
                int[] s = message.get(j).values();
                int[] u = new int[n];
                for (int i = 0; i < n; i++) {
                    int position = j * n + i;
                    long shifted = s[i] - (long) Math.max(0, targets[position]);
                    u[i] = (int) Math.floorMod(alpha[t][position] * shifted, q);
                }
                out[t * layout.bitPolys() + j] = Poly.ofCoefficients(p.ring(), u).sigmaMinusOne();
                java.util.Arrays.fill(s, 0);
                java.util.Arrays.fill(u, 0);
            }
        }
        return PolyVec.of(out);
    }

    /** The row weights ν and M from ρ2, with B_k and κ_k folded from them and α. */
    static RangeEquations derive(ProofParameters p, RangeLayout layout, int[] targets, int[][] alpha, byte[] rho2) {
        Ring ring = p.ring();
        int n = p.degree();
        long q = p.modulus();
        int rows = layout.rows();
        int copies = layout.copies();
        int polys = layout.bitPolys();
        int[][] copyWeights = new int[rows][];
        PolyVec[] positionWeights = new PolyVec[rows];
        PolyVec[] bitWeights = new PolyVec[rows];
        Poly[] constants = new Poly[rows];
        for (int k = 0; k < rows; k++) {
            int[] nu = UniformSampler.uniformValues(p.modulus(), copies, rho2, new byte[] {COPY_WEIGHTS, (byte) k});
            int[] m = UniformSampler.uniformValues(p.modulus(), layout.positions(), rho2,
                    new byte[] {POSITION_WEIGHTS, (byte) k});
            Poly[] weights = new Poly[polys];
            Poly[] bits = new Poly[polys];
            long constant = 0;
            for (int j = 0; j < polys; j++) {
                weights[j] = Poly.ofCoefficients(ring, java.util.Arrays.copyOfRange(m, j * n, (j + 1) * n)).toNtt();
                int[] onBits = new int[n];
                for (int i = 0; i < n; i++) {
                    int position = j * n + i;
                    long combinedAlpha = 0;
                    for (int t = 0; t < copies; t++) {
                        combinedAlpha = (combinedAlpha + (long) nu[t] * alpha[t][position]) % q;
                    }
                    onBits[i] = (int) (m[position] * combinedAlpha % q);
                    if (targets[position] == 1) {
                        constant = (constant + onBits[i]) % q;
                    }
                }
                bits[j] = Poly.ofCoefficients(ring, onBits).sigmaMinusOne().negate().toNtt();
            }
            copyWeights[k] = nu;
            positionWeights[k] = PolyVec.of(weights);
            bitWeights[k] = PolyVec.of(bits);
            constants[k] = constantPolynomial(ring, (int) constant).toNtt();
        }
        return new RangeEquations(layout, copyWeights, positionWeights, bitWeights, constants);
    }

    private static Poly constantPolynomial(Ring ring, int constant) {
        int[] coefficients = new int[ring.degree()];
        coefficients[0] = constant;
        return Poly.ofCoefficients(ring, coefficients);
    }

    int rows() {
        return layout.rows();
    }

    /** Ũ_k = Σ_t ν_{k,t}·u_t: row k's combination of product-shaped u (R·ℓ_s polynomials) into ℓ_s, any domain. */
    PolyVec combined(int k, PolyVec products) {
        int polys = layout.bitPolys();
        PolyVec sum = products.slice(0, polys).multiplyScalar(copyWeights[k][0]);
        for (int t = 1; t < layout.copies(); t++) {
            sum = sum.add(products.slice(t * polys, (t + 1) * polys).multiplyScalar(copyWeights[k][t]));
        }
        return sum;
    }

    /** P_k = Ũ_k·(s + M_k) + B_k·s + κ_k for the messages themselves (NTT domain). */
    Poly constraint(int k, PolyVec bits, PolyVec products) {
        PolyVec u = combined(k, products);
        return u.concat(bitWeights[k]).dot(bits.add(positionWeights[k]).concat(bits)).add(constants[k]);
    }

    /**
     * The verifier's V_k for F^s = A2·z_s − c·t2 and F^a = A2_a·z_a − c·t2_a (NTT domain, all auxiliary slots):
     * <pre>
     *   V_k = F̃_k·F^s − c·(M_k·F̃_k + B_k·F^s + F^g_k) + c²·(κ_k − h_k) + F^e_k,   F̃_k = Σ_t ν_{k,t}·F^û_t,
     * </pre>
     * = c²·(P_k + g_k − h_k) + c·(a_k − e_k) + (b_k + Y^e_k) since F = Y − c·m slot by slot (coefficient domain).
     */
    Poly check(int k, SparseTernary c, PolyVec fs, PolyVec fa, Poly h) {
        PolyVec fu = combined(k, layout.productSlots(fa));
        Poly constantMinusH = constants[k].fromNtt().subtract(h);
        Poly linear = positionWeights[k].concat(bitWeights[k]).dot(fu.concat(fs))
                .add(fa.get(layout.garbageSlot(k))).fromNtt().subtract(c.multiply(constantMinusH));
        return fu.dot(fs).fromNtt().subtract(c.multiply(linear)).add(fa.get(layout.linearGarbageSlot(k)).fromNtt());
    }

    /** The prover's per-chunk factors of row k's c-linear term: s + M_k and Ũ_k + B_k (NTT domain). */
    record Witness(PolyVec bitsPlusWeights, PolyVec productsPlusBitWeights) {

        void zeroize() {
            bitsPlusWeights.zeroize();
            productsPlusBitWeights.zeroize();
        }
    }

    Witness witness(int k, PolyVec bits, PolyVec products) {
        return new Witness(bits.add(positionWeights[k]), combined(k, products).add(bitWeights[k]));
    }

    /** One attempt's c-linear and c-free terms of a row (NTT domain): a_k without −Y^g_k, and b_k. */
    record MaskTerms(Poly linear, Poly free) {
    }

    /**
     * For masks Y^s = A2·y_s and Y^û = the product slots of A2_a·y_a: a_k + Y^g_k = −(Ỹ_k·(s + M_k) + (Ũ_k + B_k)·Y^s)
     * — the cross terms Ỹ·s + Ũ·Y^s of the quadratic part plus L_k(Y^s, Ỹ) — and b_k = Ỹ_k·Y^s.
     */
    MaskTerms maskTerms(int k, Witness witness, PolyVec ys, PolyVec yu) {
        PolyVec combinedMasks = combined(k, yu);
        Poly linear = combinedMasks.concat(witness.productsPlusBitWeights())
                .dot(witness.bitsPlusWeights().concat(ys)).negate();
        return new MaskTerms(linear, combinedMasks.dot(ys));
    }
}
