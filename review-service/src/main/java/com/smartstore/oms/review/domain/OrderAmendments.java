package com.smartstore.oms.review.domain;

import com.smartstore.oms.contracts.events.OrderAmended;
import com.smartstore.oms.contracts.events.OrderReceived;
import com.smartstore.oms.contracts.events.SkuSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Applies a customer's amendment (R-I10) to the order as last reviewed, so the rules can run on the result. */
public final class OrderAmendments {

    /**
     * The order after the amendment: a new shipping address or contact replaces the old one (a null
     * contact field is unchanged), each changed line replaces the line of its number or is added, and
     * quantity 0 removes it; the total is the amendment's when lines changed.
     */
    public static OrderReceived apply(OrderReceived order, OrderAmended amendment) {
        OrderReceived.Customer customer = order.customer();
        if (amendment.contact() != null) {
            customer = new OrderReceived.Customer(
                    customer.pseudonym(),
                    customer.name(),
                    amendment.contact().phone() != null ? amendment.contact().phone() : customer.phone(),
                    amendment.contact().email() != null ? amendment.contact().email() : customer.email());
        }
        Map<Integer, OrderReceived.Line> lines = new TreeMap<>();
        order.lines().forEach(l -> lines.put(l.lineNo(), l));
        for (OrderAmended.LineChange change : amendment.lines()) {
            if (change.quantity() == 0) {
                lines.remove(change.lineNo());
                continue;
            }
            OrderReceived.Line old = lines.get(change.lineNo());
            // Intake keeps a line's discount and platform ids through an amendment; a line given a SKU is mapped.
            lines.put(
                    change.lineNo(),
                    new OrderReceived.Line(
                            change.lineNo(),
                            change.sku(),
                            change.productName() != null
                                    ? change.productName()
                                    : old == null ? change.sku() : old.productName(),
                            change.specification(),
                            change.quantity(),
                            change.unitPrice() != null ? change.unitPrice() : old == null ? null : old.unitPrice(),
                            old == null ? null : old.discount(),
                            skuSource(old, change),
                            old == null ? null : old.platformProductId(),
                            old == null ? null : old.platformVariantId(),
                            old == null ? null : old.shopUnitPrice(),
                            old == null ? null : old.properties()));
        }
        return new OrderReceived(
                order.orderId(),
                order.orderNumber(),
                order.revision(),
                order.channel(),
                order.externalOrderId(),
                customer,
                amendment.shippingAddress() != null ? amendment.shippingAddress() : order.shippingAddress(),
                List.copyOf(new ArrayList<>(lines.values())),
                order.remarks(),
                order.payment(),
                amendment.totalAmount() != null ? amendment.totalAmount() : order.totalAmount(),
                order.currency(),
                order.receivedAt(),
                order.charges(),
                order.platform(),
                order.replacement());
    }

    /** Where the amended line's SKU comes from: a line that had none and was given one was mapped by a clerk. */
    private static SkuSource skuSource(OrderReceived.Line old, OrderAmended.LineChange change) {
        if (old == null) {
            return null;
        }
        return old.unmapped() && !old.sku().equals(change.sku()) ? SkuSource.CLERK : old.skuSource();
    }

    private OrderAmendments() {}
}
