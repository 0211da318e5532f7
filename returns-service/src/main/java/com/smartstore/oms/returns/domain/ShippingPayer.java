package com.smartstore.oms.returns.domain;

/** Who pays the shipping of returned goods back to the warehouse (R-X1). */
public enum ShippingPayer {
    CUSTOMER,
    STORE
}
