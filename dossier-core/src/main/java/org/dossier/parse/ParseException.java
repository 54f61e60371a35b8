package org.dossier.parse;

/** A document that cannot be parsed; the message is the one-line reason shown to the user. */
public class ParseException extends Exception {
    public ParseException(String reason) {
        super(reason);
    }

    public ParseException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
