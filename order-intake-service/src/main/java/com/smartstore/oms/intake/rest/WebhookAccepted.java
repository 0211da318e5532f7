package com.smartstore.oms.intake.rest;

import java.math.BigDecimal;
import java.util.UUID;

/** The answer to a platform webhook: the same for every delivery of the same platform order. */
public record WebhookAccepted(UUID orderId, String orderNumber, String externalOrderId, BigDecimal totalAmount) {}
