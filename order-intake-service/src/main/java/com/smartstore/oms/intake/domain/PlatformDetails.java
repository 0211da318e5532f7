package com.smartstore.oms.intake.domain;

import com.smartstore.oms.contracts.events.OrderReceived;
import com.smartstore.oms.contracts.events.SkuSource;
import java.math.BigDecimal;
import java.util.List;

/**
 * What a platform says about an order beyond what an order request holds (issue 10): the currency it was charged
 * in, the platform's own facts (published as they are in {@code OrderReceived.platform}), and per line the
 * platform's product ids and where the SKU came from.
 *
 * @param currency the currency the customer was charged in (null: the shop's, {@code oms.intake.currency})
 * @param lines one per order line, in the same order; may be empty (e.g. after a clerk re-entered the lines)
 */
public record PlatformDetails(String currency, OrderReceived.Platform platform, List<Line> lines) {

    public PlatformDetails {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    /** The same details without per-line facts (the lines were entered anew). */
    public PlatformDetails withoutLines() {
        return new PlatformDetails(currency, platform, List.of());
    }

    /**
     * One line as the platform identified it.
     *
     * @param skuSource where the line's SKU came from; null until the SKU is resolved
     * @param reference the platform's own id of the line (for a placeholder SKU when there is no product id)
     */
    public record Line(
            SkuSource skuSource,
            String productId,
            String variantId,
            String reference,
            BigDecimal shopUnitPrice,
            List<OrderReceived.Attribute> properties) {

        public Line {
            properties = properties == null || properties.isEmpty() ? null : List.copyOf(properties);
        }

        public Line withSkuSource(SkuSource source) {
            return new Line(source, productId, variantId, reference, shopUnitPrice, properties);
        }
    }
}
