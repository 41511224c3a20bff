package io.nexuszero.crypto.engine.proof;

import io.nexuszero.crypto.engine.keys.KeyGenerator;
import io.nexuszero.crypto.engine.keys.KeyPair;
import io.nexuszero.crypto.engine.params.ParameterSet;
import io.nexuszero.crypto.engine.params.Presets;
import io.nexuszero.crypto.engine.sampling.Randomness;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each proof type through its {@link ProofSystem}: the same answers as the type's own entry points. */
class ProofSystemsTest {

    private static final byte[] CONTEXT = {9, 9};
    private static final ParameterSet PRESET = Presets.NZ_128;
    private static final ProofParameters P = ProofParameters.of(PRESET);

    @Test
    void everyTypeHasItsSystemInTypeOrder() {
        assertThat(ProofSystems.all()).extracting(ProofSystem::type).containsExactly(ProofType.values());
        for (ProofType type : ProofType.values()) {
            assertThat(ProofSystems.of(type).type()).isEqualTo(type);
        }
    }

    @Test
    void limitsSizesAndAttemptsAreTheTypesOwn() {
        ProofSystem opening = ProofSystems.of(ProofType.COMMITMENT_OPENING);
        ProofSystem relation = ProofSystems.of(ProofType.LINEAR_RELATION);
        assertThat(opening.maxValues(P)).isEqualTo(CommitmentOpeningProof.maxValues(P));
        assertThat(relation.maxValues(P)).isEqualTo(LinearRelationProof.maxValues(P));
        assertThat(opening.maxEncodedValues()).isEqualTo(CommitmentOpeningProof.MAX_VALUES);
        assertThat(relation.maxEncodedValues()).isEqualTo(LinearRelationProof.MAX_VALUES);
        assertThat(ProofSystems.of(ProofType.LWE_SECRET).takesValues()).isFalse();
        assertThat(List.of(opening.takesValues(), opening.provesRelation(), relation.provesRelation()))
                .containsExactly(true, false, true);
        for (ProofSystem system : ProofSystems.all()) {
            for (int values : new int[] {1, 3, 7}) {
                assertThat(system.size(P, values)).isEqualTo(ProofSizes.of(P, system.type(), values));
                double uniform = P.expectedAttempts(system.maskedPolynomials(P, values));
                if (system.type() == ProofType.RANGE) {
                    // one chunk's loop, with Gaussian masks where they need fewer attempts than uniform ones
                    assertThat(system.expectedAttempts(P, values)).isEqualTo(RangeProof.expectedAttempts(P, values))
                            .isLessThanOrEqualTo(uniform);
                } else if (system.type() == ProofType.LINEAR_RELATION) {
                    // one loop over both randomness vectors, with range's choice of masks
                    assertThat(system.expectedAttempts(P, values))
                            .isEqualTo(LinearRelationProof.masking(P, values).expectedAttempts())
                            .isLessThanOrEqualTo(uniform);
                } else {
                    assertThat(system.expectedAttempts(P, values)).isEqualTo(uniform);
                }
            }
        }
    }

    @Test
    void proofsMadeThroughTheInterfaceVerifyAndTheirFieldsRead() {
        Randomness randomness = Randomness.deterministic(new byte[] {70});
        try (KeyPair key = KeyGenerator.generate(PRESET.parameters(), randomness)) {
            List<ProofWitness> witnesses = List.of(new ProofWitness.OfKey(key),
                    new ProofWitness.OfValues(new long[] {5, -6, 7}),
                    new ProofWitness.OfRelation(new long[] {2, 3}, new long[] {4, -1}, 5));
            List<Integer> counts = List.of(1, 3, 2);
            for (int i = 0; i < witnesses.size(); i++) {
                ProofSystem system = ProofSystems.all().get(i);
                ProofResult result = system.prove(P, witnesses.get(i), CONTEXT, randomness);
                ProofStatement statement = system.statement(witnesses.get(i), result);
                assertThat(system.verify(P, statement, CONTEXT, result.proof()).valid()).as(system.type().wireName())
                        .isTrue();
                StatementFields fields = system.readFields(P, statement).orElseThrow();
                assertThat(fields.valueCount()).isEqualTo(counts.get(i));
                assertThat(system.size(P, fields.valueCount()).proofBytes()).isEqualTo(result.proof().length);
            }
        }
    }

    @Test
    void aLinearRelationStatementNamesItsRelationReducedModQ() {
        ProofSystem system = ProofSystems.of(ProofType.LINEAR_RELATION);
        ProofResult result = system.prove(P, new ProofWitness.OfRelation(new long[] {2, 3}, new long[] {4, -1}, 5),
                CONTEXT, Randomness.deterministic(new byte[] {71}));
        Optional<LinearRelationProof.Relation> relation = system.readFields(P,
                new ProofStatement.Encoded(result.statement())).orElseThrow().relation();
        assertThat(relation).contains(LinearRelationProof.Relation.of(P, new long[] {4, -1}, 5));
        assertThat(relation.orElseThrow().coefficients()).containsExactly(4, P.modulus() - 1);
    }

    @Test
    void statementsThatDoNotReadCleanlyHaveNoFields() {
        ProofSystem system = ProofSystems.of(ProofType.COMMITMENT_OPENING);
        byte[] statement = system.prove(P, new ProofWitness.OfValues(new long[] {1, 2}), CONTEXT,
                Randomness.deterministic(new byte[] {72})).statement();
        ParameterSet other = Presets.NZ_192;
        assertThat(system.readFields(P, new ProofStatement.Encoded(Arrays.copyOf(statement, statement.length - 1))))
                .isEmpty();
        assertThat(system.readFields(ProofParameters.of(other), new ProofStatement.Encoded(statement))).isEmpty();
        byte[] wrongCount = statement.clone();
        wrongCount[19 + 1] = 3; // the count (u16 after the 19-byte header) no longer fits the length
        assertThat(system.readFields(P, new ProofStatement.Encoded(wrongCount))).isEmpty();
        assertThat(system.readFields(P, new ProofStatement.Encoded(new byte[0]))).isEmpty();
    }

    @Test
    void aWitnessOrStatementOfAnotherFormIsACallersBug() {
        ProofSystem lwe = ProofSystems.of(ProofType.LWE_SECRET);
        Randomness randomness = Randomness.deterministic(new byte[] {73});
        assertThatThrownBy(() -> lwe.prove(P, new ProofWitness.OfValues(new long[] {1}), CONTEXT, randomness))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lwe-secret");
        assertThatThrownBy(() -> ProofSystems.of(ProofType.LINEAR_RELATION)
                .prove(P, new ProofWitness.OfValues(new long[] {1}), CONTEXT, randomness))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> lwe.verify(P, new ProofStatement.Encoded(new byte[1]), CONTEXT, new byte[1]))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
