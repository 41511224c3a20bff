package io.nexuszero.crypto.engine.proof;

/** The error for a witness or statement handed to a proof system of another form (a caller's bug). */
final class WrongForm {

    private WrongForm() {
    }

    static IllegalArgumentException of(ProofType type, Object given) {
        return new IllegalArgumentException(type.wireName() + " takes another witness or statement form than "
                + given.getClass().getSimpleName());
    }
}
