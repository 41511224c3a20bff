package io.nexuszero.crypto.engine.ring;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PolyVecMatrixTest {

    private static final Ring RING = Ring.of(256, 268435313);
    private final SplittableRandom random = new SplittableRandom(11);

    private Poly randomPoly() {
        return Poly.ofCoefficients(RING, NttTest.random(random, 256, 268435313));
    }

    private Poly schoolbookProduct(Poly a, Poly b) {
        return Poly.ofCoefficients(RING, NttTest.schoolbook(a.values(), b.values(), 268435313));
    }

    @Test
    void matrixTimesVectorMatchesSchoolbookInBothDomains() {
        Poly[][] a = new Poly[3][2];
        for (Poly[] row : a) {
            for (int j = 0; j < row.length; j++) {
                row[j] = randomPoly();
            }
        }
        PolyMatrix matrix = PolyMatrix.of(a);
        PolyVec v = PolyVec.of(randomPoly(), randomPoly());
        PolyVec w = PolyVec.of(randomPoly(), randomPoly(), randomPoly());

        PolyVec av = matrix.multiply(v);
        PolyVec atw = matrix.multiplyTransposed(w);
        for (int i = 0; i < 3; i++) {
            Poly expected = schoolbookProduct(a[i][0], v.get(0)).add(schoolbookProduct(a[i][1], v.get(1)));
            assertThat(av.get(i)).isEqualTo(expected);
        }
        for (int j = 0; j < 2; j++) {
            Poly expected = Poly.zero(RING);
            for (int i = 0; i < 3; i++) {
                expected = expected.add(schoolbookProduct(a[i][j], w.get(i)));
            }
            assertThat(atw.get(j)).isEqualTo(expected);
        }
        assertThat(matrix.multiply(v.toNtt())).isEqualTo(av.toNtt());
        assertThat(matrix.transpose().multiply(w)).isEqualTo(atw);
        assertThat(v.dot(v)).isEqualTo(schoolbookProduct(v.get(0), v.get(0)).add(schoolbookProduct(v.get(1), v.get(1))));
        assertThat(v.toNtt().dot(v.toNtt()).fromNtt()).isEqualTo(v.dot(v));
    }

    @Test
    void innerProductsWithLargeModulusUseTheFullyReducedPath() {
        int q = 2147377153; // count·q >= 2^31: no lazy long accumulation
        Ring big = Ring.of(256, q);
        SplittableRandom r = new SplittableRandom(4);
        Poly a = Poly.ofCoefficients(big, NttTest.random(r, 256, q));
        Poly b = Poly.ofCoefficients(big, NttTest.random(r, 256, q));
        Poly c = Poly.ofCoefficients(big, NttTest.random(r, 256, q));
        Poly d = Poly.ofCoefficients(big, NttTest.random(r, 256, q));
        Poly expected = Poly.ofCoefficients(big, NttTest.schoolbook(a.values(), c.values(), q))
            .add(Poly.ofCoefficients(big, NttTest.schoolbook(b.values(), d.values(), q)));
        assertThat(PolyVec.of(a, b).dot(PolyVec.of(c, d))).isEqualTo(expected);
        assertThat(PolyMatrix.of(new Poly[][] {{a, b}}).multiply(PolyVec.of(c, d)).get(0)).isEqualTo(expected);
    }

    @Test
    void vectorOperationsAndNorms() {
        Poly c = Poly.fromCentered(RING, new int[256]);
        int[] small = new int[256];
        small[0] = -5;
        small[17] = 3;
        Poly s = Poly.fromCentered(RING, small);
        assertThat(s.infinityNorm()).isEqualTo(5);
        assertThat(s.centered()).isEqualTo(small);
        assertThat(s.negate().centered()[0]).isEqualTo(5);
        PolyVec v = PolyVec.of(s, c);
        assertThat(v.infinityNorm()).isEqualTo(5);
        assertThat(v.add(v).subtract(v)).isEqualTo(v);
        assertThat(v.multiplyScalar(3).get(0).centered()[0]).isEqualTo(-15);
        Poly x = randomPoly();
        assertThat(v.multiplyPoly(x).get(0)).isEqualTo(schoolbookProduct(s, x));
        assertThat(v.concat(v).slice(2, 4)).isEqualTo(v);
        assertThat(Poly.fromCentered(RING, filled(4190208)).infinityNorm()).isEqualTo(4190208); // (q-1)/2
        assertThat(s.toString()).doesNotContain("-5").doesNotContain("3,");
    }

    @Test
    void rejectsMismatchedInputs() {
        Poly p = randomPoly();
        assertThatThrownBy(() -> p.add(p.toNtt())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Poly.ofCoefficients(RING, filled(268435313))).isInstanceOf(IllegalArgumentException.class)
            .hasMessageNotContaining("268435313");
        assertThatThrownBy(() -> Poly.ofCoefficients(RING, filled(-1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Poly.fromCentered(RING, filled(268435313))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Ring.of(256, 268435315)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Ring.of(8192, 268435313)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Ring.of(256, 268435291)).isInstanceOf(IllegalArgumentException.class); // prime ≡ 3 mod 4
        assertThatThrownBy(() -> p.toNtt().infinityNorm()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void zeroizeWipesCoefficients() {
        Poly p = randomPoly();
        PolyVec v = PolyVec.of(p);
        v.zeroize();
        assertThat(p).isEqualTo(Poly.zero(RING));
    }

    private static int[] filled(int value) {
        int[] a = new int[256];
        java.util.Arrays.fill(a, value);
        return a;
    }
}
