package com.smartstore.oms.intake.rest;

import com.smartstore.oms.intake.domain.Actor;
import com.smartstore.oms.kit.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.List;
import java.util.Set;

/**
 * The caller of a request as the order rules see them: who they are for the audit (R-SEC3), and whether
 * their work needs the customer's contact and address in full (R-SEC1).
 */
@RequestScoped
public class Caller {
    /**
     * Roles that talk to the customer, enter or ship orders, or answer for all of it. Everyone else (reviewer,
     * finance, warehouse, after-sales, quality, ...) sees phone, e-mail and address masked.
     */
    static final Set<String> SEE_PERSONAL_DATA =
            Set.of(Roles.CUSTOMER_SERVICE, Roles.ORDER_CLERK, Roles.SALES, Roles.SHIPPING, Roles.MANAGER, Roles.ADMIN);

    private static final Set<String> BUSINESS_ROLES = Set.of(
            Roles.ORDER_CLERK,
            Roles.SALES,
            Roles.CUSTOMER_SERVICE,
            Roles.REVIEWER,
            Roles.WAREHOUSE,
            Roles.PURCHASING,
            Roles.SHIPPING,
            Roles.AFTER_SALES,
            Roles.FINANCE,
            Roles.QUALITY,
            Roles.MANAGER,
            Roles.ADMIN,
            Roles.STOREFRONT,
            Roles.TRAINEE);

    private final SecurityIdentity identity;

    public Caller(SecurityIdentity identity) {
        this.identity = identity;
    }

    public String name() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    /** The caller with their OMS roles (not Keycloak's technical ones), for audit rows. */
    public Actor actor() {
        List<String> roles = identity.getRoles().stream()
                .filter(BUSINESS_ROLES::contains)
                .sorted()
                .toList();
        return new Actor(name(), roles);
    }

    public boolean seesPersonalData() {
        return SEE_PERSONAL_DATA.stream().anyMatch(identity::hasRole);
    }
}
