package com.smartstore.oms.warehouse.rest;

import com.smartstore.oms.warehouse.domain.Stock;
import java.time.Instant;

/** Stock of one SKU in one warehouse as the API shows it. */
public record StockView(String warehouse, String sku, int onHand, int reserved, int available, Instant updatedAt) {

    public static StockView of(Stock s) {
        return new StockView(s.warehouse, s.sku, s.onHand, s.reserved, s.available(), s.updatedAt);
    }
}
