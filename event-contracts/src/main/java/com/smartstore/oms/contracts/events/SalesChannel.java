package com.smartstore.oms.contracts.events;

/** Where an order came from (R-I1..R-I3). */
public enum SalesChannel {
    /** An internal app calling the REST API. */
    REST,
    /** Staff entry: customer service or sales passing on an order. */
    STAFF,
    SHOPIFY,
    WOOCOMMERCE,
    GENERIC_WEBHOOK,
    /** The shop's own customer self-service order page. */
    STOREFRONT,
    /** BigCommerce: the webhook names the order, intake fetches it from the store's API. */
    BIGCOMMERCE
}
