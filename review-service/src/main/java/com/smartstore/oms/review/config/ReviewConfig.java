package com.smartstore.oms.review.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;

/** Business settings of order review ({@code oms.review.*}). */
@ConfigMapping(prefix = "oms.review")
public interface ReviewConfig {
    /** How far a line's unit price may differ from the catalogue price and still pass (R-R1); 0 = exact. */
    @WithDefault("0.00")
    BigDecimal priceTolerance();
}
