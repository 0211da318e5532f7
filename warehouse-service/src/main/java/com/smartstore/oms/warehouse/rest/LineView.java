package com.smartstore.oms.warehouse.rest;

/** A SKU and a quantity. */
public record LineView(String sku, int quantity) {}
