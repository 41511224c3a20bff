package io.nexuszero.crypto.engine.proof;

import io.nexuszero.crypto.engine.ring.Poly;
import io.nexuszero.crypto.engine.ring.PolyVec;
import io.nexuszero.crypto.engine.ring.Ring;
import io.nexuszero.crypto.engine.sampling.UniformSampler;

/**
 * The algebra of a range proof, shared by prover and verifier so both evaluate one formula (docs/CRYPTO.md,
 * section 4). With s the bit polynomials, c_i ∈ {1, 0} the target of position i ({@link RangeLayout#targets}) and
 * α_t ∈ Z_q^{ℓ_s·n} (t = 1 … R, zero beyond the published positions) the round-1 weights, the prover commits to
 * û_t = σ_{-1}(u_t) with u_t = α_t ∘ (s − c) (coefficient-wise). Every position is then 0 or its target iff, for
 * each t, ⟨u_t, s⟩ = Σ_i α_{t,i}·s_i·(s_i − c_i) = 0 and u_t = α_t ∘ (s − c). With the round-2 weights λ_{k,t} ∈ Z_q
 * and M_{k,t} ∈ Z_q^{ℓ_s·n} (k = 1 … r) those become one ring element per row k,
 * <pre>
 *   P_k = Σ_t λ_{k,t}·Σ_j û_{t,j}·s_j  +  Σ_{t,j} M_{k,t,j}·û_{t,j} − σ_{-1}(M_{k,t,j} ∘ α_{t,j})·s_j  +  κ_k,
 *   κ_k = Σ_t ⟨M_{k,t}, α_t ∘ c⟩,
 * </pre>
 * whose constant coefficient is Σ_t λ_{k,t}·⟨u_t, s⟩ + Σ_t ⟨M_{k,t}, u_t − α_t ∘ (s − c)⟩ (ct(a·σ_{-1}(b)) = ⟨a, b⟩).
 * Everything here works in the NTT domain; products are exact in R_q.
 */
final class RangeEquations {

    private static final byte ALPHA = 1;
    private static final byte LAMBDA = 2;
    private static final byte WEIGHTS = 3;

    private final RangeLayout layout;
    private final int[][] lambda;
    private final PolyVec[] productWeights;
    private final PolyVec[] bitWeights;
    private final Poly[] constants;

    private RangeEquations(RangeLayout layout, int[][] lambda, PolyVec[] productWeights, PolyVec[] bitWeights,
                           Poly[] constants) {
        this.layout = layout;
        this.lambda = lambda;
        this.productWeights = productWeights;
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

    /** The row weights λ and M from ρ2, with the constants κ_k and σ_{-1}(M ∘ α) folded per bit polynomial. */
    static RangeEquations derive(ProofParameters p, RangeLayout layout, int[] targets, int[][] alpha, byte[] rho2) {
        Ring ring = p.ring();
        int n = p.degree();
        long q = p.modulus();
        int rows = layout.rows();
        int copies = layout.copies();
        int polys = layout.bitPolys();
        int[][] lambda = new int[rows][];
        PolyVec[] productWeights = new PolyVec[rows];
        PolyVec[] bitWeights = new PolyVec[rows];
        Poly[] constants = new Poly[rows];
        for (int k = 0; k < rows; k++) {
            lambda[k] = UniformSampler.uniformValues(p.modulus(), copies, rho2, new byte[] {LAMBDA, (byte) k});
            Poly[] onProducts = new Poly[copies * polys];
            long[][] onBits = new long[polys][n];
            long constant = 0;
            for (int t = 0; t < copies; t++) {
                int[] m = UniformSampler.uniformValues(p.modulus(), layout.positions(), rho2,
                        new byte[] {WEIGHTS, (byte) k, (byte) t});
                for (int j = 0; j < polys; j++) {
                    int[] block = java.util.Arrays.copyOfRange(m, j * n, (j + 1) * n);
                    onProducts[t * polys + j] = Poly.ofCoefficients(ring, block).toNtt();
                }
                for (int i = 0; i < m.length; i++) {
                    long weighted = (long) m[i] * alpha[t][i] % q;
                    onBits[i / n][i % n] = (onBits[i / n][i % n] + weighted) % q;
                    if (targets[i] == 1) {
                        constant = (constant + weighted) % q;
                    }
                }
            }
            Poly[] bits = new Poly[polys];
            for (int j = 0; j < polys; j++) {
                int[] coefficients = new int[n];
                for (int i = 0; i < n; i++) {
                    coefficients[i] = (int) onBits[j][i];
                }
                bits[j] = Poly.ofCoefficients(ring, coefficients).sigmaMinusOne().negate().toNtt();
            }
            productWeights[k] = PolyVec.of(onProducts);
            bitWeights[k] = PolyVec.of(bits);
            constants[k] = constantPolynomial(ring, (int) constant).toNtt();
        }
        return new RangeEquations(layout, lambda, productWeights, bitWeights, constants);
    }

    private static Poly constantPolynomial(Ring ring, int constant) {
        int[] coefficients = new int[ring.degree()];
        coefficients[0] = constant;
        return Poly.ofCoefficients(ring, coefficients);
    }

    int rows() {
        return layout.rows();
    }

    /**
     * The R inner products Σ_j u_{t,j}·s_j (t = 1 … R) for bit-shaped s (ℓ_s) and product-shaped u (R·ℓ_s), NTT
     * domain. They do not depend on the row, so callers compute them once and weight them per row with
     * {@link #quadratic}.
     */
    PolyVec innerProducts(PolyVec s, PolyVec u) {
        int polys = layout.bitPolys();
        Poly[] out = new Poly[layout.copies()];
        for (int t = 0; t < out.length; t++) {
            out[t] = u.slice(t * polys, (t + 1) * polys).dot(s);
        }
        return PolyVec.of(out);
    }

    /** Σ_t λ_{k,t}·innerProducts_t: row k's quadratic term (NTT domain). */
    Poly quadratic(int k, PolyVec innerProducts) {
        Poly sum = innerProducts.get(0).multiplyScalar(lambda[k][0]);
        for (int t = 1; t < layout.copies(); t++) {
            sum = sum.add(innerProducts.get(t).multiplyScalar(lambda[k][t]));
        }
        return sum;
    }

    /** Σ_{t,j} M_{k,t,j}·u_{t,j} − σ_{-1}(M_{k,t,j} ∘ α_{t,j})·s_j, NTT domain. */
    Poly linear(int k, PolyVec s, PolyVec u) {
        return productWeights[k].dot(u).add(bitWeights[k].dot(s));
    }

    /** κ_k as a constant polynomial, NTT domain. */
    Poly constant(int k) {
        return constants[k];
    }

    /** P_k = quadratic + linear + κ_k for the messages themselves (NTT domain). */
    Poly constraint(int k, PolyVec bits, PolyVec products) {
        return constraint(k, bits, products, innerProducts(bits, products));
    }

    /** P_k with the row-independent {@link #innerProducts} computed once by the caller for every row. */
    Poly constraint(int k, PolyVec bits, PolyVec products, PolyVec innerProducts) {
        return quadratic(k, innerProducts).add(linear(k, bits, products)).add(constants[k]);
    }
}
