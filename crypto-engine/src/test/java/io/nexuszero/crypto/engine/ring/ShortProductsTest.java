package io.nexuszero.crypto.engine.ring;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The CRT products with short vectors and the sparse challenge products against schoolbook multiplication. */
class ShortProductsTest {

    private static Poly uniform(Ring ring, SplittableRandom random) {
        return Poly.ofCoefficients(ring, NttTest.random(random, ring.degree(), ring.modulus()));
    }

    private static Poly shortPoly(Ring ring, SplittableRandom random, int bound, boolean extreme) {
        int[] centered = new int[ring.degree()];
        for (int i = 0; i < centered.length; i++) {
            centered[i] = extreme ? (i % 2 == 0 ? bound : -bound) : random.nextInt(2 * bound + 1) - bound;
        }
        return Poly.fromCentered(ring, centered);
    }

    private static Poly schoolbook(Poly a, Poly b) {
        int q = a.ring().modulus();
        return Poly.ofCoefficients(a.ring(), NttTest.schoolbook(a.values(), b.values(), q));
    }

    @ParameterizedTest(name = "n={0}, q={1}, rows={2}, columns={3}, bound={4}")
    @CsvSource({"256, 268435313, 12, 9, 524288", "256, 268435313, 2, 3, 2", "512, 268435337, 2, 2, 1048576",
        "256, 268435313, 3, 25, 131072", "4096, 268435313, 1, 2, 1024",
        "256, 8380417, 3, 3, 131072", "1024, 268435313, 2, 2, 65536",
        // Gaussian masks (|y| < 12k ≈ 677 000 at nz-128) times a 32-value range chunk's 56 columns: one sum would
        // overflow P/2, so the product is summed in exact groups (two here, three in the second row)
        "256, 268435313, 6, 56, 677000", "256, 268435313, 2, 120, 677000"})
    void matrixTimesShortVectorEqualsSchoolbook(int n, int q, int rows, int columns, int bound) {
        Ring ring = Ring.of(n, q);
        SplittableRandom random = new SplittableRandom(n + q + rows);
        Poly[][] entries = new Poly[rows][columns];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns; j++) {
                entries[i][j] = uniform(ring, random);
            }
        }
        PolyMatrix a = PolyMatrix.of(entries);
        for (boolean extreme : new boolean[] {true, false}) {
            Poly[] v = new Poly[columns];
            Poly[] u = new Poly[rows];
            for (int j = 0; j < columns; j++) {
                v[j] = shortPoly(ring, random, bound, extreme);
            }
            for (int i = 0; i < rows; i++) {
                u[i] = shortPoly(ring, random, bound, extreme);
            }
            PolyVec product = a.multiplyShort(PolyVec.of(v), bound);
            PolyVec transposed = a.multiplyTransposedShort(PolyVec.of(u), bound);
            for (int i = 0; i < rows; i++) {
                Poly expected = Poly.zero(ring);
                for (int j = 0; j < columns; j++) {
                    expected = expected.add(schoolbook(entries[i][j], v[j]));
                }
                assertThat(product.get(i)).isEqualTo(expected);
            }
            for (int j = 0; j < columns; j++) {
                Poly expected = Poly.zero(ring);
                for (int i = 0; i < rows; i++) {
                    expected = expected.add(schoolbook(entries[i][j], u[i]));
                }
                assertThat(transposed.get(j)).isEqualTo(expected);
            }
            assertThat(product).isEqualTo(a.multiply(PolyVec.of(v)).fromNtt());
        }
        Poly[] tooLong = new Poly[columns];
        java.util.Arrays.fill(tooLong, shortPoly(ring, random, bound + 1, true));
        assertThatThrownBy(() -> a.multiplyShort(PolyVec.of(tooLong), bound))
            .isInstanceOf(IllegalArgumentException.class);
    }

    @org.junit.jupiter.api.Test
    void wideMasksTimesManyColumnsAreSummedInExactGroups() {
        ShortProducts products = Ring.of(256, 268435313).shortProducts();
        int group = products.exactTerms(56, 677000);
        assertThat(group).isBetween(1, 55);
        assertThat(products.exactFor(group, 677000)).isTrue();
        assertThat(products.exactFor(group + 1, 677000)).isFalse();
        assertThat(products.exactTerms(36, 677000)).isEqualTo(36);
    }

    /** [A | u]·(v, c) = A·v + u·c, with A's transforms computed before and after the column is appended. */
    @org.junit.jupiter.api.Test
    void anAppendedColumnExtendsTheShortProduct() {
        Ring ring = Ring.of(256, 268435313);
        SplittableRandom random = new SplittableRandom(7);
        Poly[][] entries = new Poly[3][2];
        Poly[] column = new Poly[3];
        for (int i = 0; i < 3; i++) {
            entries[i][0] = uniform(ring, random);
            entries[i][1] = uniform(ring, random);
            column[i] = uniform(ring, random);
        }
        PolyMatrix a = PolyMatrix.of(entries);
        PolyVec v = PolyVec.of(shortPoly(ring, random, 1000, false), shortPoly(ring, random, 1000, true));
        Poly c = shortPoly(ring, random, 1, false);
        PolyVec before = a.multiplyShort(v, 1000);
        PolyVec extended = a.withColumn(PolyVec.of(column)).multiplyShort(v.concat(PolyVec.of(c)), 1000);
        for (int i = 0; i < 3; i++) {
            assertThat(extended.get(i)).isEqualTo(before.get(i).add(schoolbook(column[i], c)));
        }
        assertThat(PolyMatrix.of(entries).withColumn(PolyVec.of(column)).multiplyShort(v.concat(PolyVec.of(c)), 1000))
            .isEqualTo(extended);
        assertThatThrownBy(() -> a.withColumn(PolyVec.of(column[0]))).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "n={0}, q={1}, weight={2}")
    @CsvSource({"256, 268435313, 23", "256, 268435313, 256", "512, 8380417, 60"})
    void sparseChallengeProductsEqualSchoolbook(int n, int q, int weight) {
        Ring ring = Ring.of(n, q);
        SplittableRandom random = new SplittableRandom(weight);
        int[] c = new int[n];
        for (int placed = 0; placed < weight; ) {
            int i = random.nextInt(n);
            if (c[i] == 0) {
                c[i] = random.nextBoolean() ? 1 : -1;
                placed++;
            }
        }
        Poly challenge = Poly.fromCentered(ring, c);
        SparseTernary sparse = SparseTernary.of(challenge.toNtt());
        assertThat(sparse.weight()).isEqualTo(weight);
        for (int trial = 0; trial < 3; trial++) {
            Poly v = trial == 0 ? Poly.ofCoefficients(ring, filled(n, q - 1)) : uniform(ring, random);
            assertThat(sparse.multiply(v)).isEqualTo(schoolbook(challenge, v));
            assertThat(sparse.multiply(v.toNtt())).isEqualTo(schoolbook(challenge, v));
        }
        Poly secret = shortPoly(ring, random, 2, false);
        assertThat(sparse.multiplyShort(secret, 2)).isEqualTo(schoolbook(challenge, secret));
        Poly extreme = shortPoly(ring, random, 2, true);
        assertThat(sparse.multiplyShort(extreme, 2)).isEqualTo(schoolbook(challenge, extreme));
        assertThatThrownBy(() -> sparse.multiplyShort(shortPoly(ring, random, 3, true), 2))
            .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SparseTernary.of(challenge.multiplyScalar(2)))
            .isInstanceOf(IllegalArgumentException.class);
    }

    private static int[] filled(int n, int value) {
        int[] a = new int[n];
        java.util.Arrays.fill(a, value);
        return a;
    }
}
