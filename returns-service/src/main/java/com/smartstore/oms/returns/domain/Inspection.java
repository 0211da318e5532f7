package com.smartstore.oms.returns.domain;

/** The grading of one returned line on inspection: its condition in words and the disposition decided. */
public record Inspection(String sku, String condition, ItemDisposition disposition) {}
