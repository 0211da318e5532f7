package com.smartstore.oms.shipping.domain;

import java.math.BigDecimal;

/** A packed parcel of a shipment, as the warehouse reported it; the weight is optional. */
public record Parcel(int number, BigDecimal weightKg) {}
