package com.smartstore.oms.returns.domain;

/** How after-sales reached (or tried to reach) the customer of a return ticket (R-X3). */
public enum ContactChannel {
    PHONE,
    EMAIL,
    SMS,
    CHAT,
    OTHER
}
