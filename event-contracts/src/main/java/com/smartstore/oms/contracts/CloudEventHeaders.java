package com.smartstore.oms.contracts;

/** Kafka header names of CloudEvents 1.0 in binary mode, as every OMS event carries them. */
public final class CloudEventHeaders {
    public static final String ID = "ce_id";
    public static final String TYPE = "ce_type";
    public static final String SOURCE = "ce_source";
    /** When the step happened (RFC 3339), not when the record was sent. */
    public static final String TIME = "ce_time";
    /** The order id for order events; the entity key for state topics. */
    public static final String SUBJECT = "ce_subject";

    public static final String SPEC_VERSION = "ce_specversion";
    public static final String CONTENT_TYPE = "content-type";

    public static final String SPEC_VERSION_1_0 = "1.0";
    public static final String JSON = "application/json";

    private CloudEventHeaders() {}
}
