package com.smartstore.oms.intake.domain;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A stable, keyed pseudonym of a customer: the same e-mail (or, without one, phone) always gives the same
 * value, and nobody without the key can tell whose it is.
 */
public final class CustomerPseudonym {
    private final SecretKeySpec key;

    public CustomerPseudonym(String secret) {
        this.key = new SecretKeySpec(secret.getBytes(UTF_8), "HmacSHA256");
    }

    public String of(String email, String phone, String name) {
        String identity = email != null && !email.isBlank()
                ? "e:" + email.trim().toLowerCase(Locale.ROOT)
                : phone != null && !phone.isBlank()
                        ? "p:" + phone.replaceAll("[^0-9+]", "")
                        : "n:" + name.trim().toLowerCase(Locale.ROOT);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return "c-" + HexFormat.of().formatHex(mac.doFinal(identity.getBytes(UTF_8)), 0, 12);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
