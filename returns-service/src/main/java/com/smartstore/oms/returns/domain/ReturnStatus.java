package com.smartstore.oms.returns.domain;

/** Where a return ticket is; it opens REQUESTED (R-X2). */
public enum ReturnStatus {
    REQUESTED
}
