package com.smartstore.oms.shipping.config;

import com.smartstore.oms.shipping.domain.ShipByPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;

/** The domain's policies, made from configuration. */
@ApplicationScoped
public class Policies {

    @Produces
    @Singleton
    ShipByPolicy shipBy(SlaConfig sla, ShippingConfig shipping) {
        return new ShipByPolicy(
                Duration.ofHours(sla.shipHours()), Duration.ofHours(sla.shipAtRiskHours()), shipping.timeZone());
    }
}
