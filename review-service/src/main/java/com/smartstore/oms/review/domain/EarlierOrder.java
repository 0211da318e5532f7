package com.smartstore.oms.review.domain;

import java.time.Instant;
import java.util.UUID;

/** Another order of the same customer reviewed before: what the duplicate rule compares with. */
public record EarlierOrder(
        UUID orderId, String orderNumber, String customerPseudonym, Instant receivedAt, String itemsKey) {}
