package com.smartstore.oms.kit.security;

/** The realm roles of the {@code oms} Keycloak realm, for {@code @RolesAllowed}. */
public final class Roles {
    public static final String ORDER_CLERK = "order-clerk";
    public static final String SALES = "sales";
    public static final String CUSTOMER_SERVICE = "customer-service";
    public static final String REVIEWER = "reviewer";
    public static final String WAREHOUSE = "warehouse";
    public static final String PURCHASING = "purchasing";
    public static final String SHIPPING = "shipping";
    public static final String AFTER_SALES = "after-sales";
    public static final String FINANCE = "finance";
    public static final String QUALITY = "quality";
    public static final String MANAGER = "manager";
    public static final String ADMIN = "admin";
    /** The shop's own order page, a service account placing customer self-service orders (R-I1). */
    public static final String STOREFRONT = "storefront";
    /** Marks staff not yet allowed to finalise order handling alone (R-T1). */
    public static final String TRAINEE = "trainee";

    private Roles() {}
}
