package com.smartstore.oms.kit.service;

import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * This service's name as events and audit rows give it ({@code service} of {@code sla-breached}, the actor of automatic
 * steps): {@code quarkus.application.name}, the one place it is set.
 */
@Singleton
public class ServiceName {
    private final String value;

    public ServiceName(@ConfigProperty(name = "quarkus.application.name") String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }

    @Override
    public String toString() {
        return value;
    }
}
