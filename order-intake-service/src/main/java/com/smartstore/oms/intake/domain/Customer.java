package com.smartstore.oms.intake.domain;

import com.smartstore.oms.kit.pii.Encrypted;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;

/**
 * Who ordered: name and contact as given (phone and e-mail encrypted at rest, R-SEC1), their keyed hashes for search
 * and the blacklist, and the pseudonym the other services know the customer by.
 */
@Embeddable
public class Customer {
    @Column(name = "customer_name")
    public String name;

    @Column(name = "customer_phone")
    @Convert(converter = Encrypted.class)
    public String phone;

    @Column(name = "customer_email")
    @Convert(converter = Encrypted.class)
    public String email;

    /** Keyed hash of the normalised phone, to search by it although the phone is encrypted. */
    @Column(name = "phone_hash")
    public String phoneHash;

    /** Keyed hash of the normalised e-mail. */
    @Column(name = "email_hash")
    public String emailHash;

    @Column(name = "customer_pseudonym")
    public String pseudonym;
}
