package com.smartstore.oms.intake.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Business settings of order intake ({@code oms.intake.*}). */
@ConfigMapping(prefix = "oms.intake")
public interface IntakeConfig {
    /** Currency of the shop's prices and orders. */
    @WithDefault("EUR")
    String currency();

    /** Prefix of human-readable order numbers: {@code SO-20261127-00042}. */
    @WithDefault("SO")
    String orderNumberPrefix();

    /** Secret key of the customer pseudonym (HMAC), so consumers like analytics never see who the customer is. */
    String pseudonymKey();
}
