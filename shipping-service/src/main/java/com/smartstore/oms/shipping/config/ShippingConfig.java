package com.smartstore.oms.shipping.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.time.ZoneId;
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

    /** How far a carrier webhook's {@code X-Signature-Timestamp} may be from now (either way): older deliveries are replays. */
    @WithDefault("5m")
    Duration webhookReplayWindow();

    interface Carrier {
        /** The name customers know. */
        String name();

        /** The public tracking page of a parcel: {@code {trackingNumber}} is replaced by its tracking number. */
        Optional<String> trackingUrl();

        /** The HMAC-SHA256 secret the carrier signs its webhook deliveries with; without it its webhook is refused. */
        Optional<String> webhookSecret();
    }
}
