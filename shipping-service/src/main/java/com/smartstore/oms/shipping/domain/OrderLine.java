package com.smartstore.oms.shipping.domain;

/** A product of an order as the customer knows it: its SKU and name (what a notification lists, R-S3). */
public record OrderLine(String sku, String productName) {}
