package com.smartstore.oms.shipping.domain;

import com.smartstore.oms.contracts.events.OrderReceived;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Where a shipment goes and to whom: the order's shipping address with the recipient resolved. */
@Embeddable
public class ShipTo {
    /** What replaces erased personal data where text must remain (the marker intake uses). */
    public static final String REDACTED = "[redacted]";

    @Column(name = "ship_recipient")
    public String recipient;

    @Column(name = "ship_line1")
    public String line1;

    @Column(name = "ship_line2")
    public String line2;

    @Column(name = "ship_city")
    public String city;

    @Column(name = "ship_region")
    public String region;

    @Column(name = "ship_postal_code")
    public String postalCode;

    @Column(name = "ship_country")
    public String country;

    /** The order's address; the label names the customer when the order names no other recipient. */
    public static ShipTo of(OrderReceived.Address address, String customerName) {
        ShipTo to = new ShipTo();
        to.recipient =
                address.recipient() == null || address.recipient().isBlank() ? customerName : address.recipient();
        to.line1 = address.line1();
        to.line2 = address.line2();
        to.city = address.city();
        to.region = address.region();
        to.postalCode = address.postalCode();
        to.country = address.country();
        return to;
    }

    /** Whether a parcel labelled with this reaches {@code other}: same recipient and address, field by field. */
    public boolean sameAs(ShipTo other) {
        return java.util.Objects.equals(recipient, other.recipient)
                && java.util.Objects.equals(line1, other.line1)
                && java.util.Objects.equals(line2, other.line2)
                && java.util.Objects.equals(city, other.city)
                && java.util.Objects.equals(region, other.region)
                && java.util.Objects.equals(postalCode, other.postalCode)
                && java.util.Objects.equals(country, other.country);
    }

    /**
     * The address without the customer's personal data (a customer's redaction, issue 10), as intake erases its own:
     * recipient, street, city and postal code become {@code [redacted]}, line 2 and region go, the country stays.
     */
    public ShipTo redacted() {
        ShipTo to = new ShipTo();
        to.recipient = REDACTED;
        to.line1 = REDACTED;
        to.city = REDACTED;
        to.postalCode = REDACTED;
        to.country = country;
        return to;
    }

    /** True once the customer's address was erased: no parcel can be labelled with it. */
    public boolean isRedacted() {
        return REDACTED.equals(line1);
    }

    /** A copy: an embedded value belongs to one entity, so the order's address is copied into each shipment. */
    public ShipTo copy() {
        ShipTo to = new ShipTo();
        to.recipient = recipient;
        to.line1 = line1;
        to.line2 = line2;
        to.city = city;
        to.region = region;
        to.postalCode = postalCode;
        to.country = country;
        return to;
    }
}
