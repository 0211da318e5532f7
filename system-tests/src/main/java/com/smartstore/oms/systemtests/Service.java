package com.smartstore.oms.systemtests;

/**
 * The six services and their ports (as run.sh starts them; system tests add an offset): deploy/services.txt, which the
 * scripts read (ServiceListTest keeps the two equal).
 */
public enum Service {
    INTAKE("order-intake-service", 8081),
    REVIEW("review-service", 8082),
    WAREHOUSE("warehouse-service", 8083),
    SHIPPING("shipping-service", 8084),
    RETURNS("returns-service", 8085),
    ANALYTICS("analytics-service", 8086);

    public final String module;
    public final int port;

    Service(String module, int port) {
        this.module = module;
        this.port = port;
    }
}
