package com.smartstore.oms.kit.domain;

/**
 * A request a service's rules turn down: the kind of refusal, a stable machine code (e.g. {@code shipment-not-waiting})
 * and a sentence that says why. Domain and service classes throw it without knowing about HTTP; the kit's
 * {@code ErrorMappers} answers it once for every service, with the status of its kind and the shared error body
 * ({@code error} is the code, {@code message} the reason).
 */
public class Refusal extends RuntimeException {
    /** Why it was refused; each kind is one HTTP status, chosen by the kit's error mapper. */
    public enum Kind {
        /** Bad input the request's own shape could not catch (400). */
        INVALID,
        /** Not proved to come from who it says, e.g. a webhook whose signature does not match (401). */
        UNAUTHENTICATED,
        /** Not this person's to do (403). */
        FORBIDDEN,
        /** The thing asked about does not exist (404). */
        NOT_FOUND,
        /** Not allowed in the current state (409). */
        CONFLICT,
        /** Well-formed, but names something the rules cannot accept (422). */
        UNPROCESSABLE
    }

    private final Kind kind;
    private final String code;

    public Refusal(Kind kind, String code, String message) {
        super(message);
        this.kind = kind;
        this.code = code;
    }

    public static Refusal invalid(String code, String message) {
        return new Refusal(Kind.INVALID, code, message);
    }

    public static Refusal unauthenticated(String code, String message) {
        return new Refusal(Kind.UNAUTHENTICATED, code, message);
    }

    public static Refusal forbidden(String code, String message) {
        return new Refusal(Kind.FORBIDDEN, code, message);
    }

    /** {@code not-found}: "{@code what} {@code id} does not exist", e.g. "Shipment 42 does not exist". */
    public static Refusal notFound(String what, Object id) {
        return new Refusal(Kind.NOT_FOUND, "not-found", what + " " + id + " does not exist");
    }

    public static Refusal conflict(String code, String message) {
        return new Refusal(Kind.CONFLICT, code, message);
    }

    public static Refusal unprocessable(String code, String message) {
        return new Refusal(Kind.UNPROCESSABLE, code, message);
    }

    public Kind kind() {
        return kind;
    }

    /** Machine-readable cause, the {@code error} of the API's answer, e.g. {@code order-on-hold}. */
    public String code() {
        return code;
    }
}
