package com.smartstore.oms.contracts.events;

/** The kinds of exception orders (R-E1). */
public enum ExceptionType {
    DATA_ERROR,
    PAYMENT,
    LOGISTICS,
    COMPLAINT
}
