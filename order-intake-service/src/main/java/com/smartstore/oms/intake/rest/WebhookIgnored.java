package com.smartstore.oms.intake.rest;

/**
 * The answer (200) to an authentic delivery intake does not act on: a topic not (yet) taken, or WooCommerce's ping.
 */
public record WebhookIgnored(boolean ignored, String topic, String reason) {}
