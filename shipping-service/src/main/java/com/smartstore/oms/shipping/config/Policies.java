package com.smartstore.oms.shipping.config;

import com.smartstore.oms.shipping.domain.BusinessCalendar;
import com.smartstore.oms.shipping.domain.LanguagePolicy;
import com.smartstore.oms.shipping.domain.RetryPolicy;
import com.smartstore.oms.shipping.domain.ShipByPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The domain's policies, made from configuration. */
@ApplicationScoped
public class Policies {

    @Produces
    @Singleton
    ShipByPolicy shipBy(SlaConfig sla, ShippingConfig shipping) {
        return new ShipByPolicy(
                Duration.ofHours(sla.shipHours()), Duration.ofHours(sla.shipAtRiskHours()), shipping.timeZone());
    }

    @Produces
    @Singleton
    BusinessCalendar businessDays(ShippingConfig shipping) {
        return new BusinessCalendar(shipping.holidays().orElse(List.of()));
    }

    /** The languages there are mail templates in ({@code templates/notifications/<tag>.html}). */
    public static final List<String> MAIL_LANGUAGES = List.of("en", "zh-TW");

    @Produces
    @Singleton
    LanguagePolicy languages(ShippingConfig shipping) {
        ShippingConfig.Notifications n = shipping.notifications();
        return new LanguagePolicy(
                MAIL_LANGUAGES,
                n.languageByCountry().entrySet().stream()
                        .collect(Collectors.toMap(e -> e.getKey().toUpperCase(Locale.ROOT), e -> e.getValue())),
                n.defaultLanguage());
    }

    @Produces
    @Singleton
    RetryPolicy mailRetries(ShippingConfig shipping) {
        ShippingConfig.Notifications n = shipping.notifications();
        return new RetryPolicy(n.maxAttempts(), n.firstRetry(), n.maxRetry());
    }
}
