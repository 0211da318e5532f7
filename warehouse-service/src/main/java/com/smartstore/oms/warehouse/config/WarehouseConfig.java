package com.smartstore.oms.warehouse.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Optional;

/** Business settings of the warehouse ({@code oms.warehouse.*}). */
@ConfigMapping(prefix = "oms.warehouse")
public interface WarehouseConfig {
    /**
     * Warehouse codes in the order allocation tries them for an approved order; warehouses not listed come after
     * them alphabetically. Empty (the default): alphabetical.
     */
    Optional<List<String>> priority();

    /**
     * When no single warehouse can serve a whole order: true splits it (one pick list per warehouse, what nobody has
     * backordered); false (the default) backorders the whole order, so it leaves in one shipment from one place.
     */
    @WithDefault("false")
    boolean allowSplit();
}
