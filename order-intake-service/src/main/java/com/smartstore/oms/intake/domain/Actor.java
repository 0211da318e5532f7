package com.smartstore.oms.intake.domain;

import java.util.List;

/**
 * Who changed an order and in which capacity (R-SEC3): a user with their roles, or a service or platform
 * acting through an event or a webhook.
 */
public record Actor(String name, List<String> roles) {

    public Actor {
        roles = List.copyOf(roles);
    }

    /** A service or platform: its name, and how it acted (e.g. {@code event:order-approved}). */
    public static Actor system(String name, String via) {
        return new Actor(name, List.of(via));
    }

    public String rolesText() {
        return String.join(",", roles);
    }
}
