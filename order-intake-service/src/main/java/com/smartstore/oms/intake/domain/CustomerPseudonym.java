package com.smartstore.oms.intake.domain;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A stable, keyed pseudonym of a customer: the same e-mail (or, without one, the same phone digits, or else the same
 * name) always gives the same value, and nobody without the key can tell whose it is. A customer with none of them
 * (a platform's "n/a" phone is no phone) gets a pseudonym of their own for this order: never one shared by strangers.
 */
public final class CustomerPseudonym {
    private final SecretKeySpec key;

    public CustomerPseudonym(String secret) {
        this.key = new SecretKeySpec(secret.getBytes(UTF_8), "HmacSHA256");
    }

    public String of(String email, String phone, String name) {
        String digits = phone == null ? "" : phone.replaceAll("[^0-9+]", "");
        String identity;
        if (email != null && !email.isBlank()) {
            identity = "e:" + email.trim().toLowerCase(Locale.ROOT);
        } else if (digits.chars().anyMatch(Character::isDigit)) {
            identity = "p:" + digits;
        } else if (name != null && !name.isBlank()) {
            identity = "n:" + name.trim().toLowerCase(Locale.ROOT);
        } else {
            identity = "u:" + UUID.randomUUID();
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return "c-" + HexFormat.of().formatHex(mac.doFinal(identity.getBytes(UTF_8)), 0, 12);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
