package com.smartstore.oms.intake.rest;

import com.smartstore.oms.intake.domain.OrderStatus;
import java.math.BigDecimal;
import java.util.UUID;

/** The answer to a new order: its id, the number people quote, and where it stands. */
public record OrderCreated(UUID id, String orderNumber, OrderStatus status, BigDecimal totalAmount) {}
