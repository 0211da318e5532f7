package com.smartstore.oms.shipping.domain;

import com.smartstore.oms.contracts.events.OrderAmended;
import com.smartstore.oms.contracts.events.OrderReceived;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** What shipping knows of an order, projected from {@code order-received}: number, recipient, address, date. */
@Entity
@Table(name = "order_info")
public class OrderInfo {
    @Id
    @Column(name = "order_id")
    public UUID orderId;

    @Column(name = "order_number")
    public String orderNumber;

    public int revision;

    @Column(name = "customer_name")
    public String customerName;

    @Embedded
    public ShipTo shipTo;

    @Column(name = "requested_ship_date")
    public LocalDate requestedShipDate;

    @Column(name = "received_at")
    public Instant receivedAt;

    /** When its parcels must leave (R-S2, {@link ShipByPolicy}); set by shipping when the order (revision) arrives. */
    @Column(name = "ship_by")
    public Instant shipBy;

    /** A new projection of the order as this event describes it. */
    public static OrderInfo from(OrderReceived event) {
        OrderInfo info = new OrderInfo();
        info.orderId = event.orderId();
        info.apply(event);
        return info;
    }

    /**
     * Takes over a revision of the order and says whether it did: a corrected order replaces an earlier
     * revision, but a stale one (delivered late) never overwrites a newer one.
     */
    public boolean apply(OrderReceived event) {
        if (orderNumber != null && event.revision() < revision) {
            return false;
        }
        orderNumber = event.orderNumber();
        revision = event.revision();
        customerName = event.customer().name();
        shipTo = ShipTo.of(event.shippingAddress(), event.customer().name());
        requestedShipDate = event.remarks() == null ? null : event.remarks().requestedShipDate();
        receivedAt = event.receivedAt();
        return true;
    }

    /**
     * Takes over a new shipping address of an amended order (R-I10) and says whether it did: an amendment of
     * a revision older than the one known is stale (the corrected revision carries its own address), and an order
     * whose customer's data was erased takes no new address (it is finished, and the address would be theirs again).
     */
    public boolean apply(OrderAmended event) {
        if (event.revision() < revision || event.shippingAddress() == null || isRedacted()) {
            return false;
        }
        shipTo = ShipTo.of(event.shippingAddress(), customerName);
        return true;
    }

    /** Erases the customer's name and address but the country (a customer's redaction, issue 10). */
    public void redact() {
        customerName = ShipTo.REDACTED;
        shipTo = shipTo == null ? null : shipTo.redacted();
    }

    /** True once the customer's personal data was erased. */
    public boolean isRedacted() {
        return ShipTo.REDACTED.equals(customerName);
    }
}
