package com.smartstore.oms.shipping.domain;

import com.smartstore.oms.contracts.events.OrderReceived;
import com.smartstore.oms.kit.pii.Encrypted;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;

/**
 * Where a shipment goes and to whom: the order's shipping address with the recipient resolved. Personal data (R-SEC1):
 * everything but the country is stored encrypted with the kit's {@link Encrypted} (the country is coarse, and
 * logistics needs it), and the warehouse sees it {@link #masked()}.
 */
@Embeddable
public class ShipTo {
    /** What replaces erased personal data where text must remain (the marker intake uses). */
    public static final String REDACTED = "[redacted]";

    @Column(name = "ship_recipient")
    @Convert(converter = Encrypted.class)
    public String recipient;

    @Column(name = "ship_line1")
    @Convert(converter = Encrypted.class)
    public String line1;

    @Column(name = "ship_line2")
    @Convert(converter = Encrypted.class)
    public String line2;

    @Column(name = "ship_city")
    @Convert(converter = Encrypted.class)
    public String city;

    @Column(name = "ship_region")
    @Convert(converter = Encrypted.class)
    public String region;

    @Column(name = "ship_postal_code")
    @Convert(converter = Encrypted.class)
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

    /**
     * What the warehouse may see of the address (R-SEC1): city, region, postal code and country, and the recipient's
     * initials ({@code Ana Silva} -> {@code A*** S***}); no street.
     */
    public ShipTo masked() {
        ShipTo to = new ShipTo();
        to.recipient = maskedName(recipient);
        to.city = city;
        to.region = region;
        to.postalCode = postalCode;
        to.country = country;
        return to;
    }

    /** Each word's first letter and {@code ***}; an erased name stays {@code [redacted]}. */
    static String maskedName(String name) {
        if (name == null || name.isBlank() || REDACTED.equals(name)) {
            return name;
        }
        return java.util.Arrays.stream(name.trim().split("\\s+"))
                .map(word -> word.codePoints()
                                .limit(1)
                                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                        + "***")
                .collect(java.util.stream.Collectors.joining(" "));
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
