package com.smartstore.oms.intake.mapping;

/** A platform's order body that cannot become an order; names the platform's field that is wrong. */
public class UnmappableOrder extends RuntimeException {
    private final String field;

    public UnmappableOrder(String field, String problem) {
        super(field + ": " + problem);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
