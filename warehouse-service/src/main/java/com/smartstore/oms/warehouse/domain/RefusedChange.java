package com.smartstore.oms.warehouse.domain;

/** A business rule refused a change (e.g. stock below what is reserved); answered as 409 with its code. */
public class RefusedChange extends RuntimeException {
    private final String code;

    public RefusedChange(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
