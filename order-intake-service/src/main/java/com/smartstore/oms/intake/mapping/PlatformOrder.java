package com.smartstore.oms.intake.mapping;

import com.smartstore.oms.intake.rest.CreateOrderRequest;

/** A platform's order mapped onto ours, with the platform's own order id. */
public record PlatformOrder(String externalOrderId, CreateOrderRequest order) {}
