package com.smartstore.oms.shipping.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Business settings of shipping ({@code oms.shipping.*}): the carriers it works with and their webhooks. */
@ConfigMapping(prefix = "oms.shipping")
public interface ShippingConfig {

    /** The carriers shipments leave with, by code (as staff enter it and as a carrier's webhook path names it). */
    Map<String, Carrier> carriers();

    /** The shop's time zone: a requested ship date ends at midnight there (R-S2). */
    @WithDefault("UTC")
    ZoneId timeZone();

    /**
     * The days no carrier delivers besides weekends (public holidays, ISO dates, e.g. {@code 2026-12-25}): an estimated
     * delivery skips them.
     */
    Optional<List<LocalDate>> holidays();

    /** How far a carrier webhook's {@code X-Signature-Timestamp} may be from now (either way): older deliveries are replays. */
    @WithDefault("5m")
    Duration webhookReplayWindow();

    /** Mails to customers about their parcels (R-S3). */
    Notifications notifications();

    /** How long after startup plaintext rows written before encryption at rest are first sealed (R-SEC1). */
    @WithDefault("30s")
    Duration reencryptDelay();

    /** How often they are looked for again. */
    @WithDefault("1h")
    Duration reencryptInterval();

    /** At most this many values per column and round. */
    @WithDefault("500")
    int reencryptBatchSize();

    interface Notifications {
        /** The language of customers whose order names none and whose country has none below (a template's tag). */
        @WithDefault("en")
        String defaultLanguage();

        /** Language by ship-to country, the key an ISO code in lower case (e.g. {@code tw=zh-TW}). */
        Map<String, String> languageByCountry();

        /** The shop's name as customers know it, in every mail. */
        @WithDefault("Smart Store")
        String shopName();

        /** How often the sender looks for mails that are due (read by its {@code @Scheduled}). */
        @WithDefault("10s")
        Duration sendInterval();

        /** How many due mails one round of the sender takes on. */
        @WithDefault("20")
        int batchSize();

        /** How long one mail may take to be accepted before the attempt counts as failed. */
        @WithDefault("30s")
        Duration sendTimeout();

        /** Attempts before a mail is given up (FAILED). */
        @WithDefault("8")
        int maxAttempts();

        /** The wait after the first failed attempt; it doubles after each further one, up to {@code max-retry}. */
        @WithDefault("1m")
        Duration firstRetry();

        @WithDefault("1h")
        Duration maxRetry();
    }

    interface Carrier {
        /** The name customers know. */
        String name();

        /** The public tracking page of a parcel: {@code {trackingNumber}} is replaced by its tracking number. */
        Optional<String> trackingUrl();

        /** The HMAC-SHA256 secret the carrier signs its webhook deliveries with; without it its webhook is refused. */
        Optional<String> webhookSecret();

        /**
         * While the webhook secret is rotated (issue 15): the old secret, accepted beside {@code webhook-secret} until
         * {@code previous-webhook-secret-until} if given, else until it is removed.
         */
        Optional<String> previousWebhookSecret();

        /** When the previous webhook secret stops being accepted by itself. */
        Optional<Instant> previousWebhookSecretUntil();

        /** A regular expression the whole tracking number must match at dispatch; without it any is taken. */
        Optional<String> trackingPattern();

        /** The tracking number's form as staff are told it when the pattern refuses one (e.g. "14 digits"). */
        Optional<String> trackingFormat();

        /** The carrier's service levels by name (key in lower case, shown in upper case), with their transit times. */
        Map<String, Service> services();

        /** The service level of a dispatch that names none; without it STANDARD if configured, else the only one. */
        Optional<String> defaultService();
    }

    interface Service {
        /** Business days from the hand-over to the delivery (weekends and {@code holidays} skipped). */
        int transitDays();
    }
}
