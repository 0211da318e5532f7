package com.smartstore.oms.kit.security;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.smartstore.oms.kit.domain.Refusal;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Webhook signatures as Shopify, WooCommerce and our generic format send them: base64 HMAC-SHA256 of the
 * raw body (generic: of {@code timestamp + "." + body}), compared in constant time.
 */
public final class WebhookSignature {
    /** The generic scheme's signature header: base64 HMAC-SHA256 of {@code timestamp + "." + body}. */
    public static final String SIGNATURE_HEADER = "X-Signature";
    /** The generic scheme's signing time, Unix seconds. */
    public static final String TIMESTAMP_HEADER = "X-Signature-Timestamp";

    private WebhookSignature() {}

    /**
     * Checks a delivery signed the generic way (intake's generic order webhook, shipping's carrier webhooks): the
     * timestamp within {@code window} of now, and the signature the HMAC of {@code timestamp + "." + body} with the
     * secret. Refused otherwise ({@link Refusal.Kind#UNAUTHENTICATED}: {@code signature-expired} or
     * {@code invalid-signature}); {@code whose} names the secret in the message, e.g. "carrier CTT's secret".
     */
    public static void requireTimestamped(
            String secret,
            String timestamp,
            byte[] body,
            String signature,
            Instant now,
            Duration window,
            String whose) {
        requireTimestamped(WebhookSecrets.only(secret), timestamp, body, signature, now, window, whose);
    }

    /** {@link #requireTimestamped(String, String, byte[], String, Instant, Duration, String)} with any valid secret. */
    public static void requireTimestamped(
            WebhookSecrets secrets,
            String timestamp,
            byte[] body,
            String signature,
            Instant now,
            Duration window,
            String whose) {
        if (!withinWindow(timestamp, now, window)) {
            throw Refusal.unauthenticated(
                    "signature-expired",
                    TIMESTAMP_HEADER + " is missing or further than " + window + " from now; sign the delivery afresh");
        }
        if (!verifyAny(secrets, genericContent(timestamp.trim(), body), signature)) {
            throw Refusal.unauthenticated(
                    "invalid-signature",
                    SIGNATURE_HEADER + " is missing or is not the HMAC-SHA256 of " + TIMESTAMP_HEADER
                            + " + \".\" + body with " + whose);
        }
    }

    /** The base64 HMAC-SHA256 of the content with the secret. */
    public static String sign(String secret, byte[] content) {
        return Base64.getEncoder().encodeToString(hmac(secret, content));
    }

    /** The content the generic source signs: {@code timestamp + "." + body}. */
    public static byte[] genericContent(String timestamp, byte[] body) {
        byte[] prefix = (timestamp + ".").getBytes(UTF_8);
        byte[] content = new byte[prefix.length + body.length];
        System.arraycopy(prefix, 0, content, 0, prefix.length);
        System.arraycopy(body, 0, content, prefix.length, body.length);
        return content;
    }

    /**
     * True when the header carries the secret itself (BigCommerce, which does not sign: the merchant sets the header
     * on the webhook), compared in constant time.
     */
    public static boolean sameSecret(String secret, String given) {
        if (secret == null || secret.isEmpty() || given == null) {
            return false;
        }
        return MessageDigest.isEqual(secret.getBytes(UTF_8), given.trim().getBytes(UTF_8));
    }

    /** True when the given base64 signature is the HMAC of the content with one of the valid secrets. */
    public static boolean verifyAny(WebhookSecrets secrets, byte[] content, String signature) {
        return secrets.valid().stream().anyMatch(secret -> verify(secret, content, signature));
    }

    /** True when the header carries one of the valid secrets itself (BigCommerce). */
    public static boolean sameSecretAny(WebhookSecrets secrets, String given) {
        return secrets.valid().stream().anyMatch(secret -> sameSecret(secret, given));
    }

    /** True when the given base64 signature is the HMAC of the content; false for a missing or malformed one. */
    public static boolean verify(String secret, byte[] content, String signature) {
        if (secret == null || secret.isEmpty() || signature == null || signature.isBlank()) {
            return false;
        }
        byte[] given;
        try {
            given = Base64.getDecoder().decode(signature.trim());
        } catch (IllegalArgumentException e) {
            return false;
        }
        return MessageDigest.isEqual(hmac(secret, content), given);
    }

    /** True when a Unix-seconds timestamp is within the window around now (either way, for clock skew). */
    public static boolean withinWindow(String timestamp, Instant now, Duration window) {
        if (timestamp == null || !timestamp.trim().matches("\\d{1,12}")) {
            return false;
        }
        Instant signedAt = Instant.ofEpochSecond(Long.parseLong(timestamp.trim()));
        return Duration.between(signedAt, now).abs().compareTo(window) <= 0;
    }

    private static byte[] hmac(String secret, byte[] content) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(UTF_8), "HmacSHA256"));
            return mac.doFinal(content);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
