package com.smartstore.oms.analytics.rest;

import java.util.UUID;

/** A staff correction of one order's recorded stage duration, with the reason (R-A8). */
public record CorrectionRequest(UUID orderId, String stage, Long correctedSeconds, String reason) {}
