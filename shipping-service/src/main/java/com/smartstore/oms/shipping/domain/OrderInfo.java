package com.smartstore.oms.shipping.domain;

import com.smartstore.oms.contracts.events.OrderAmended;
import com.smartstore.oms.contracts.events.OrderReceived;
import com.smartstore.oms.kit.pii.Encrypted;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * What shipping knows of an order, projected from {@code order-received} and {@code order-amended}: number, recipient,
 * address, date, lines.
 */
@Entity
@Table(name = "order_info")
public class OrderInfo {
    @Id
    @Column(name = "order_id")
    public UUID orderId;

    @Column(name = "order_number")
    public String orderNumber;

    public int revision;

    /** Personal data (R-SEC1): encrypted at rest. */
    @Column(name = "customer_name")
    @Convert(converter = Encrypted.class)
    public String customerName;

    /** Where the customer is told of their parcels (R-S3); personal data, encrypted; null if the order has none. */
    @Column(name = "customer_email")
    @Convert(converter = Encrypted.class)
    public String customerEmail;

    /** The language the order names for the customer (a platform attribute {@code locale}/{@code language}), or null. */
    public String language;

    /**
     * The order's lines (newest revision, as amended): their products by SKU, so a notification names them, and the
     * quantities ordered, so a dispatch knows whether the order is fully shipped.
     */
    @Convert(converter = JsonListConverter.OrderLines.class)
    public List<OrderLine> lines = List.of();

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
        // The same revision again (a replay) keeps the lines its amendments changed since.
        boolean sameRevision = orderNumber != null && event.revision() == revision && knowsQuantities();
        orderNumber = event.orderNumber();
        revision = event.revision();
        customerName = event.customer().name();
        customerEmail = event.customer().email();
        language = languageOf(event.platform());
        if (!sameRevision) {
            lines = event.lines().stream()
                    .map(l -> new OrderLine(l.lineNo(), l.sku(), l.productName(), l.quantity()))
                    .toList();
        }
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

    /**
     * Takes over the changed lines of an amendment of the order's revision (R-I10) and says whether it did: a line's
     * new SKU, name and quantity replace its old ones (quantity 0 removes it), a line number the order does not have
     * is a new line. An amendment of an older revision is stale (a corrected revision carries its own lines).
     */
    public boolean amendLines(OrderAmended event) {
        if (event.revision() < revision || event.lines().isEmpty()) {
            return false;
        }
        List<OrderLine> amended = new ArrayList<>(lines);
        for (OrderAmended.LineChange change : event.lines()) {
            int at = indexOf(amended, change.lineNo());
            String name = change.productName() != null
                    ? change.productName()
                    : at >= 0 ? amended.get(at).productName() : change.sku();
            OrderLine line = new OrderLine(change.lineNo(), change.sku(), name, change.quantity());
            if (at >= 0 && change.quantity() == 0) {
                amended.remove(at);
            } else if (at >= 0) {
                amended.set(at, line);
            } else if (change.quantity() > 0) {
                amended.add(line);
            }
        }
        lines = List.copyOf(amended);
        return true;
    }

    private static int indexOf(List<OrderLine> lines, int lineNo) {
        for (int i = 0; i < lines.size(); i++) {
            if (Integer.valueOf(lineNo).equals(lines.get(i).lineNo())) {
                return i;
            }
        }
        return -1;
    }

    /** True when every line of the order has its quantity on record (orders stored before had none). */
    public boolean knowsQuantities() {
        return !lines.isEmpty() && lines.stream().allMatch(l -> l.quantity() != null && l.lineNo() != null);
    }

    /**
     * Whether these dispatched items (of every shipment of the order that has left, this one included) hold every
     * unit the order asks for: per SKU, at least the quantity of its lines; removed lines (an amendment) do not
     * count, and units of a SKU the order no longer lists change nothing. Null when the order's quantities are not
     * on record.
     */
    public Boolean fullyShippedBy(List<Item> dispatched) {
        if (!knowsQuantities()) {
            return null;
        }
        Map<String, Integer> ordered = new HashMap<>();
        lines.forEach(l -> ordered.merge(l.sku(), l.quantity(), Integer::sum));
        Map<String, Integer> left = new HashMap<>();
        dispatched.forEach(i -> left.merge(i.sku(), i.quantity(), Integer::sum));
        return ordered.entrySet().stream().allMatch(e -> left.getOrDefault(e.getKey(), 0) >= e.getValue());
    }

    /** The name of a product of the order, or its SKU if the order does not list it. */
    public String productName(String sku) {
        return lines.stream()
                .filter(l -> l.sku().equals(sku))
                .map(OrderLine::productName)
                .findFirst()
                .orElse(sku);
    }

    /**
     * {@code order-received} has no language field: a platform order attribute named {@code locale} or
     * {@code language} (any case; e.g. a storefront's checkout language) is the order's; else there is none.
     */
    static String languageOf(OrderReceived.Platform platform) {
        if (platform == null || platform.attributes() == null) {
            return null;
        }
        return platform.attributes().stream()
                .filter(a -> a.value() != null && !a.value().isBlank())
                .filter(a ->
                        List.of("locale", "language").contains(a.name().trim().toLowerCase(Locale.ROOT)))
                .map(a -> a.value().trim())
                .filter(tag -> tag.length() <= 35) // a BCP 47 tag, not free text
                .findFirst()
                .orElse(null);
    }

    /** Erases the customer's name, e-mail and address but the country (a customer's redaction, issue 10). */
    public void redact() {
        customerName = ShipTo.REDACTED;
        customerEmail = null;
        shipTo = shipTo == null ? null : shipTo.redacted();
    }

    /** True once the customer's personal data was erased. */
    public boolean isRedacted() {
        return ShipTo.REDACTED.equals(customerName);
    }
}
