package com.smartstore.oms.analytics.rest;

/** Make a report now: a kind (default ON_DEMAND) and, for ON_DEMAND, a range (default the last 30 days). */
public record ReportRequest(String kind, String from, String to) {}
