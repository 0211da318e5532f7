package com.smartstore.oms.shipping.domain;

/**
 * A line of an order as the customer knows it: its number, SKU, name (what a notification lists, R-S3) and the
 * quantity ordered (whether the order is fully shipped). Lines stored before the number and quantity were kept have
 * neither (null).
 */
public record OrderLine(Integer lineNo, String sku, String productName, Integer quantity) {
    /** A line without its number and quantity (as stored before they were kept). */
    public OrderLine(String sku, String productName) {
        this(null, sku, productName, null);
    }
}
