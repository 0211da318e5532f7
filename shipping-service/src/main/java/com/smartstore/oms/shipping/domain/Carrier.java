package com.smartstore.oms.shipping.domain;

import com.smartstore.oms.kit.domain.Refusal;
import com.smartstore.oms.kit.security.WebhookSecrets;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A carrier shipments leave with, as configured ({@code oms.shipping.carriers.<code>.*}): its code (upper case), name,
 * tracking page, webhook secret, the form of its tracking numbers where known, and its service levels with their
 * transit times in business days (R-S1).
 *
 * @param previousWebhookSecret while the secret is rotated, the old one (accepted too); null: none
 * @param previousWebhookSecretUntil when the old secret stops being accepted by itself; null: until it is removed
 * @param trackingPattern the whole tracking number must match it; null: any is taken
 * @param trackingFormat how the form is told to staff (e.g. "14 digits"); null: the pattern is shown
 * @param services transit business days by service level (upper case), in the order they are shown
 * @param defaultService the service level of a dispatch that names none; null: none (and no estimated delivery)
 */
public record Carrier(
        String code,
        String name,
        String trackingUrlTemplate,
        String webhookSecret,
        String previousWebhookSecret,
        Instant previousWebhookSecretUntil,
        Pattern trackingPattern,
        String trackingFormat,
        Map<String, Integer> services,
        String defaultService) {

    public Carrier {
        services = Map.copyOf(services);
    }

    /** A carrier with a tracking page and webhook only: any tracking number, no service levels. */
    public Carrier(String code, String name, String trackingUrlTemplate, String webhookSecret) {
        this(code, name, trackingUrlTemplate, webhookSecret, null, null, null, null, Map.of(), null);
    }

    /** The secrets its webhook deliveries may be signed with at {@code now}: the current one, and the previous one. */
    public WebhookSecrets webhookSecrets(Instant now) {
        return WebhookSecrets.of(
                Optional.ofNullable(webhookSecret),
                Optional.ofNullable(previousWebhookSecret),
                Optional.ofNullable(previousWebhookSecretUntil),
                now);
    }

    /** The parcel's public tracking page, or null where the carrier has none configured. */
    public String trackingUrl(String trackingNumber) {
        return trackingUrlTemplate == null || trackingNumber == null
                ? null
                : trackingUrlTemplate.replace(
                        "{trackingNumber}", URLEncoder.encode(trackingNumber, StandardCharsets.UTF_8));
    }

    /** Refuses a tracking number (trimmed) that does not have the carrier's form, naming the field and the form. */
    public void checkTrackingNumber(String trackingNumber) {
        if (trackingPattern != null
                && !trackingPattern.matcher(trackingNumber.trim()).matches()) {
            throw Refusal.invalid(
                    "invalid-tracking-number",
                    "trackingNumber '" + trackingNumber.trim() + "' is not a " + code + " tracking number: expected "
                            + (trackingFormat == null ? "" : trackingFormat + ", ") + "pattern "
                            + trackingPattern.pattern());
        }
    }

    /**
     * The service level a dispatch goes with: the one asked for (any case), else the carrier's default; refused when
     * the carrier has no such level (naming the configured ones).
     */
    public String serviceLevel(String requested) {
        if (requested == null || requested.isBlank()) {
            return defaultService;
        }
        String wanted = requested.trim().toUpperCase(Locale.ROOT);
        if (!services.containsKey(wanted)) {
            throw Refusal.invalid(
                    "unknown-service-level",
                    "serviceLevel '" + requested.trim() + "' is not a service of " + code + "; it has "
                            + services.keySet().stream().sorted().toList() + " (GET /api/carriers)");
        }
        return wanted;
    }

    /**
     * When a parcel handed over on {@code handedOver} with this service level arrives: its transit business days
     * later on the calendar; null without a service level.
     */
    public LocalDate estimatedDelivery(String serviceLevel, LocalDate handedOver, BusinessCalendar calendar) {
        Integer days = serviceLevel == null ? null : services.get(serviceLevel);
        return days == null ? null : calendar.deliveryAfter(handedOver, days);
    }
}
