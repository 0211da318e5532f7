package com.smartstore.oms.returns.domain;

import java.math.BigDecimal;
import java.time.Instant;

/** An alternative the customer turned down, kept on the ticket's record. */
public record DeclinedOffer(
        Alternative alternative,
        String explanation,
        BigDecimal compensationAmount,
        String note,
        String by,
        Instant at) {}
