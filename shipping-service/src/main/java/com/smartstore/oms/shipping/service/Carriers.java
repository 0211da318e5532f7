package com.smartstore.oms.shipping.service;

import com.smartstore.oms.shipping.config.ShippingConfig;
import com.smartstore.oms.shipping.domain.Carrier;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The configured carriers ({@code oms.shipping.carriers.<code>.*}, the key in lower case so that an environment
 * variable such as {@code OMS_SHIPPING_CARRIERS_CTT_WEBHOOK_SECRET} reaches it), by code in upper case, found in any.
 */
@ApplicationScoped
public class Carriers {

    private final List<Carrier> carriers;

    public Carriers(ShippingConfig config) {
        this.carriers = config.carriers().entrySet().stream()
                .map(e -> carrier(e.getKey(), e.getValue()))
                .sorted(Comparator.comparing(Carrier::code))
                .toList();
    }

    private static Carrier carrier(String key, ShippingConfig.Carrier config) {
        Map<String, Integer> services = new TreeMap<>();
        config.services().forEach((level, service) -> {
            if (service.transitDays() < 0) {
                throw new IllegalArgumentException("oms.shipping.carriers." + key + ".services." + level
                        + ".transit-days must not be negative, was " + service.transitDays());
            }
            services.put(level.toUpperCase(Locale.ROOT), service.transitDays());
        });
        String defaultService = config.defaultService()
                .map(level -> level.trim().toUpperCase(Locale.ROOT))
                .orElse(
                        services.containsKey("STANDARD")
                                ? "STANDARD"
                                : services.size() == 1
                                        ? services.keySet().iterator().next()
                                        : null);
        if (defaultService != null && !services.containsKey(defaultService)) {
            throw new IllegalArgumentException("oms.shipping.carriers." + key + ".default-service " + defaultService
                    + " is not one of its services " + services.keySet());
        }
        return new Carrier(
                key.toUpperCase(Locale.ROOT),
                config.name(),
                config.trackingUrl().orElse(null),
                config.webhookSecret().orElse(null),
                config.previousWebhookSecret().orElse(null),
                config.previousWebhookSecretUntil().orElse(null),
                config.trackingPattern().map(Pattern::compile).orElse(null),
                config.trackingFormat().orElse(null),
                services,
                defaultService);
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
