package com.smartstore.oms.warehouse.rest;

import com.smartstore.oms.warehouse.service.ReceiptService;
import java.util.List;
import java.util.UUID;

/** What a goods receipt did: the stock row after it, and the waiting orders it served. */
public record ReceiptView(
        String warehouse, String sku, int quantity, UUID purchaseRequestId, StockView stock, List<ServedView> served) {

    /** A waiting order served by the receipt, and its new pick list. */
    public record ServedView(UUID backorderId, UUID orderId, String orderNumber, UUID pickListId, String warehouse) {}

    public static ReceiptView of(ReceiptRequest request, ReceiptService.Received received) {
        var stock = received.stock().get(0);
        return new ReceiptView(
                stock.warehouse,
                stock.sku,
                request.quantity(),
                request.purchaseRequestId(),
                StockView.of(stock),
                received.served().stream()
                        .map(s -> new ServedView(
                                s.backorder().id,
                                s.backorder().orderId,
                                s.backorder().orderNumber,
                                s.pickList().id,
                                s.pickList().warehouse))
                        .toList());
    }
}
