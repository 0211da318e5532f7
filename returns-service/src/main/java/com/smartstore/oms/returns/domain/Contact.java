package com.smartstore.oms.returns.domain;

import java.time.Instant;

/** One entry of a ticket's contact log (R-X3): who contacted the customer, when, how, and what was said. */
public record Contact(Instant at, String by, ContactChannel channel, String note) {}
