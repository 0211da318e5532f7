package com.smartstore.oms.shipping.service;

import com.smartstore.oms.shipping.config.ShippingConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The configured carriers ({@code oms.shipping.carriers.<code>.*}, the key in lower case so that an environment
 * variable such as {@code OMS_SHIPPING_CARRIERS_CTT_WEBHOOK_SECRET} reaches it), by code in upper case, found in any.
 */
@ApplicationScoped
public class Carriers {

    /** A carrier by its code, as configured. */
    public record Carrier(String code, String name, String trackingUrlTemplate, String webhookSecret) {
        /** The parcel's public tracking page, or null where the carrier has none configured. */
        public String trackingUrl(String trackingNumber) {
            return trackingUrlTemplate == null || trackingNumber == null
                    ? null
                    : trackingUrlTemplate.replace(
                            "{trackingNumber}", URLEncoder.encode(trackingNumber, StandardCharsets.UTF_8));
        }
    }

    private final List<Carrier> carriers;

    public Carriers(ShippingConfig config) {
        this.carriers = config.carriers().entrySet().stream()
                .map(e -> new Carrier(
                        e.getKey().toUpperCase(Locale.ROOT),
                        e.getValue().name(),
                        e.getValue().trackingUrl().orElse(null),
                        e.getValue().webhookSecret().orElse(null)))
                .sorted(Comparator.comparing(Carrier::code))
                .toList();
    }

    public List<Carrier> all() {
        return carriers;
    }

    /** The carrier with this code, whatever its case ("ctt" finds CTT). */
    public Optional<Carrier> find(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.trim().toUpperCase(Locale.ROOT);
        return carriers.stream().filter(c -> c.code().equals(wanted)).findFirst();
    }

    /** A shipment's public tracking page, or null for an unknown carrier or one without a tracking page. */
    public String trackingUrl(String carrier, String trackingNumber) {
        return find(carrier).map(c -> c.trackingUrl(trackingNumber)).orElse(null);
    }
}
