package io.nexuszero.crypto.engine.ring;

/**
 * A rows × columns matrix of ring elements, kept in the NTT domain (entries given in the coefficient domain are
 * transformed once at construction), so products cost one pointwise pass per entry. Immutable.
 */
public final class PolyMatrix {

    private final Poly[][] entries;
    private final Ring ring;
    /** The rows transformed for {@link ShortProducts} ([row][column][n]), computed on first use. */
    private volatile long[][][] wideRows;

    private PolyMatrix(Poly[][] entries, Ring ring) {
        this.entries = entries;
        this.ring = ring;
    }

    /**
     * A matrix from rows of polynomials (at least 1 × 1, rectangular, one ring; either domain).
     *
     * @throws IllegalArgumentException on an empty, ragged or mixed-ring input
     */
    public static PolyMatrix of(Poly[][] rows) {
        if (rows.length == 0 || rows[0].length == 0) {
            throw new IllegalArgumentException("a matrix needs at least one row and one column");
        }
        Ring ring = rows[0][0].ring();
        Poly[][] copy = new Poly[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            if (rows[i].length != rows[0].length) {
                throw new IllegalArgumentException("matrix rows must have equal length");
            }
            copy[i] = new Poly[rows[i].length];
            for (int j = 0; j < rows[i].length; j++) {
                if (!rows[i][j].ring().equals(ring)) {
                    throw new IllegalArgumentException("matrix entries must share one ring");
                }
                copy[i][j] = rows[i][j].toNtt();
            }
        }
        return new PolyMatrix(copy, ring);
    }

    /** Number of rows (k for the public matrix A). */
    public int rows() {
        return entries.length;
    }

    /** Number of columns (l for A). */
    public int columns() {
        return entries[0].length;
    }

    /** The common ring. */
    public Ring ring() {
        return ring;
    }

    /** Entry (row, column), in the NTT domain. */
    public Poly get(int row, int column) {
        return entries[row][column];
    }

    /**
     * The product this · v (v has {@link #columns()} entries); the result (length {@link #rows()}) is in v's domain.
     */
    public PolyVec multiply(PolyVec v) {
        if (v.length() != columns()) {
            throw new IllegalArgumentException("matrix has " + columns() + " columns, vector has " + v.length());
        }
        PolyVec vHat = v.toNtt();
        Poly[] out = new Poly[rows()];
        for (int i = 0; i < rows(); i++) {
            out[i] = accumulate(entries[i], vHat, v.isNtt());
        }
        return PolyVec.of(out);
    }

    /**
     * The product thisᵀ · v (v has {@link #rows()} entries); the result (length {@link #columns()}) is in v's domain.
     */
    public PolyVec multiplyTransposed(PolyVec v) {
        if (v.length() != rows()) {
            throw new IllegalArgumentException("matrix has " + rows() + " rows, vector has " + v.length());
        }
        PolyVec vHat = v.toNtt();
        Poly[] out = new Poly[columns()];
        for (int j = 0; j < columns(); j++) {
            Poly[] column = new Poly[rows()];
            for (int i = 0; i < rows(); i++) {
                column[i] = entries[i][j];
            }
            out[j] = accumulate(column, vHat, v.isNtt());
        }
        return PolyVec.of(out);
    }

    /**
     * The product this · v for a short v (‖v‖∞ ≤ {@code bound}, a public bound such as γ or η), exact over the
     * integers through {@link ShortProducts} when the bound allows it (else through the ring's own transform); the
     * result is in the coefficient domain. Faster than {@link #multiply} when X^n + 1 splits into few factors.
     *
     * @throws IllegalArgumentException if v has the wrong length or exceeds the bound
     */
    public PolyVec multiplyShort(PolyVec v, long bound) {
        if (v.length() != columns()) {
            throw new IllegalArgumentException("matrix has " + columns() + " columns, vector has " + v.length());
        }
        ShortProducts products = ring.shortProducts();
        int group = products.exactTerms(columns(), bound);
        if (group < 1) {
            return multiply(v).fromNtt();
        }
        long[][] right = transformShort(products, v, bound);
        long[][][] left = wideRows(products);
        Poly[] out = new Poly[rows()];
        for (int i = 0; i < rows(); i++) {
            out[i] = products.dot(left[i], right, group);
        }
        wipe(right);
        return PolyVec.of(out);
    }

    /** thisᵀ · v for a short v, as {@link #multiplyShort}. */
    public PolyVec multiplyTransposedShort(PolyVec v, long bound) {
        if (v.length() != rows()) {
            throw new IllegalArgumentException("matrix has " + rows() + " rows, vector has " + v.length());
        }
        ShortProducts products = ring.shortProducts();
        int group = products.exactTerms(rows(), bound);
        if (group < 1) {
            return multiplyTransposed(v).fromNtt();
        }
        long[][] right = transformShort(products, v, bound);
        long[][][] left = wideRows(products);
        Poly[] out = new Poly[columns()];
        for (int j = 0; j < columns(); j++) {
            long[][] column = new long[rows()][];
            for (int i = 0; i < rows(); i++) {
                column[i] = left[i][j];
            }
            out[j] = products.dot(column, right, group);
        }
        wipe(right);
        return PolyVec.of(out);
    }

    private static long[][] transformShort(ShortProducts products, PolyVec v, long bound) {
        if (v.infinityNorm() > bound) {
            throw new IllegalArgumentException("vector exceeds the stated bound");
        }
        return products.transform(v.entries());
    }

    /** The short operand's transforms may hold secrets (masks, key material): wiped after use. */
    private static void wipe(long[][] transforms) {
        for (long[] values : transforms) {
            java.util.Arrays.fill(values, 0);
        }
    }

    private long[][][] wideRows(ShortProducts products) {
        long[][][] result = wideRows;
        if (result == null) {
            result = new long[rows()][][];
            for (int i = 0; i < rows(); i++) {
                result[i] = products.transform(java.util.Arrays.asList(entries[i]));
            }
            wideRows = result;
        }
        return result;
    }

    private Poly accumulate(Poly[] row, PolyVec vHat, boolean resultInNtt) {
        Ntt ntt = ring.ntt();
        int[][] left = new int[row.length][];
        int[][] right = new int[row.length][];
        for (int j = 0; j < row.length; j++) {
            left[j] = row[j].raw();
            right[j] = vHat.get(j).raw();
        }
        int[] acc = new int[ring.degree()];
        ntt.dotMontgomery(left, right, acc);
        if (resultInNtt) {
            ntt.fromMontgomery(acc);
        } else {
            ntt.inverseFromMontgomery(acc);
        }
        return new Poly(ring, acc, resultInNtt);
    }

    /**
     * [this | column]: one more column, sharing this matrix's entries and their transforms for {@link #multiplyShort}
     * (so appending costs only the new column's). The verifier's A·z − c·t is
     * [A | −t]·(z, c): one short product, the challenge being short too.
     *
     * @throws IllegalArgumentException unless the column has {@link #rows()} entries of this ring
     */
    public PolyMatrix withColumn(PolyVec column) {
        if (column.length() != rows() || !column.ring().equals(ring)) {
            throw new IllegalArgumentException("the column must have one entry of the matrix's ring per row");
        }
        Poly[][] extended = new Poly[rows()][];
        for (int i = 0; i < rows(); i++) {
            extended[i] = java.util.Arrays.copyOf(entries[i], columns() + 1);
            extended[i][columns()] = column.get(i).toNtt();
        }
        PolyMatrix result = new PolyMatrix(extended, ring);
        ShortProducts products = ring.shortProducts();
        long[][][] rowsTransformed = wideRows(products);
        long[][] appended = products.transform(column.entries());
        long[][][] reused = new long[rows()][][];
        for (int i = 0; i < rows(); i++) {
            reused[i] = java.util.Arrays.copyOf(rowsTransformed[i], columns() + 1);
            reused[i][columns()] = appended[i];
        }
        result.wideRows = reused;
        return result;
    }

    /** The transposed matrix. */
    public PolyMatrix transpose() {
        Poly[][] t = new Poly[columns()][rows()];
        for (int i = 0; i < rows(); i++) {
            for (int j = 0; j < columns(); j++) {
                t[j][i] = entries[i][j];
            }
        }
        return new PolyMatrix(t, ring);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof PolyMatrix other) || other.rows() != rows() || other.columns() != columns()) {
            return false;
        }
        for (int i = 0; i < rows(); i++) {
            for (int j = 0; j < columns(); j++) {
                if (!entries[i][j].equals(other.entries[i][j])) {
                    return false;
                }
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.deepHashCode(entries);
    }

    @Override
    public String toString() {
        return "PolyMatrix[" + rows() + "x" + columns() + ", " + ring + "]";
    }
}
