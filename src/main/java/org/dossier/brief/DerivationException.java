package org.dossier.brief;

/** Thrown when the rules fail while deriving a brief: a rule threw, or the rules never settle. */
public class DerivationException extends RuntimeException {

    public DerivationException(String message) {
        super(message);
    }

    public DerivationException(String message, Throwable cause) {
        super(message, cause);
    }
}
