package com.smartstore.oms.contracts.events;

/**
 * Where an order line's SKU came from, for orders from platforms (issue 10): the platform's own SKU, the channel's
 * SKU mapping of the platform's product or variant id, nothing (the line is carried with a placeholder SKU naming
 * the platform's ids, and review holds the order until a clerk maps it), or the clerk who mapped it.
 */
public enum SkuSource {
    /** The platform sent the SKU with the line. */
    PLATFORM,
    /** The line had no SKU; the channel's SKU mapping of its product or variant id gave it. */
    MAPPING,
    /** The line had no SKU and no mapping: {@code sku} is a placeholder such as {@code shopify:variant:123}. */
    UNMAPPED,
    /** A clerk mapped the line by hand (an amendment of an UNMAPPED line's SKU); the price stayed the platform's. */
    CLERK
}
