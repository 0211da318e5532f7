package com.smartstore.oms.contracts.events;

/** How an order is paid (R-I6). */
public enum PaymentMethod {
    ONLINE,
    CASH_ON_DELIVERY,
    INSTALMENTS
}
