package com.smartstore.oms.shipping.domain;

/** A SKU and the quantity of it in a shipment (what the customer is told is on its way, R-S3). */
public record Item(String sku, int quantity) {}
