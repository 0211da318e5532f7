package com.smartstore.oms.warehouse.config;

import io.smallrye.config.ConfigMapping;
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
}
