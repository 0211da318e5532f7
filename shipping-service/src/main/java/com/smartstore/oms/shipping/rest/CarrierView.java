package com.smartstore.oms.shipping.rest;

import java.util.Map;

/**
 * A carrier shipments can leave with: its code (as entered at dispatch), name, tracking page template, the form of its
 * tracking numbers where one is checked, and its service levels with their transit business days (and the default).
 */
public record CarrierView(
        String code,
        String name,
        String trackingUrl,
        boolean webhookConfigured,
        String trackingPattern,
        String trackingFormat,
        Map<String, Integer> services,
        String defaultService) {}
