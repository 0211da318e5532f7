package com.smartstore.oms.shipping.rest;

/** A carrier shipments can leave with: its code (as entered at dispatch), name, and tracking page template. */
public record CarrierView(String code, String name, String trackingUrl, boolean webhookConfigured) {}
