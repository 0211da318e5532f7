package com.smartstore.oms.review.domain;

/**
 * A request the domain turns down, with the kind of refusal and a code, so the REST layer can answer
 * 400, 403 or 409 with a message that says what is wrong, without the domain knowing about HTTP.
 */
public class Refusal extends RuntimeException {
    /** Why it was refused: bad input, not this person's to do, or not in this state. */
    public enum Kind {
        INVALID,
        FORBIDDEN,
        CONFLICT
    }

    private final Kind kind;
    private final String error;

    public Refusal(Kind kind, String error, String message) {
        super(message);
        this.kind = kind;
        this.error = error;
    }

    public static Refusal invalid(String error, String message) {
        return new Refusal(Kind.INVALID, error, message);
    }

    public static Refusal forbidden(String error, String message) {
        return new Refusal(Kind.FORBIDDEN, error, message);
    }

    public static Refusal conflict(String error, String message) {
        return new Refusal(Kind.CONFLICT, error, message);
    }

    public Kind kind() {
        return kind;
    }

    public String error() {
        return error;
    }
}
