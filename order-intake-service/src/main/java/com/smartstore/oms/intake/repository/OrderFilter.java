package com.smartstore.oms.intake.repository;

import com.smartstore.oms.contracts.events.SalesChannel;
import com.smartstore.oms.intake.domain.OrderStatus;
import java.time.Instant;

/**
 * What customer service searches orders by; null fields do not filter. Phone and e-mail are given as keyed
 * hashes of their normalised forms, since the columns themselves are encrypted.
 */
public record OrderFilter(
        OrderStatus status,
        SalesChannel channel,
        Instant receivedFrom,
        Instant receivedBefore,
        String orderNumber,
        String externalOrderId,
        String phoneHash,
        String emailHash) {}
