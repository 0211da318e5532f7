package com.smartstore.oms.intake.domain;

import com.smartstore.oms.kit.pii.Encrypted;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;

/** Where the order goes (R-I4): encrypted at rest but the country (R-SEC1). */
@Embeddable
public class ShipTo {
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
}
