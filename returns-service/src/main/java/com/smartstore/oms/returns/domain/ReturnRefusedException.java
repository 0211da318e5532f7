package com.smartstore.oms.returns.domain;

/** A return request the policy does not allow; {@code code} is stable, the message says why. */
public class ReturnRefusedException extends RuntimeException {
    private final String code;

    public ReturnRefusedException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
