package com.smartstore.oms.kit.inbox;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.smartstore.oms.contracts.CloudEventHeaders;
import com.smartstore.oms.contracts.EventJson;
import com.smartstore.oms.contracts.EventType;
import com.smartstore.oms.contracts.OmsEvent;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/** A consumed CloudEvent: its envelope (id, type, source, time, subject) and its typed body. */
public record IncomingEvent<T extends OmsEvent>(
        String id, String type, String source, Instant time, String subject, T payload) {

    /** Reads a Kafka record as an event of the expected type, or fails permanently saying why. */
    public static <T extends OmsEvent> IncomingEvent<T> parse(
            ConsumerRecord<String, String> record, EventType<T> expected) {
        String id = header(record, CloudEventHeaders.ID);
        String type = header(record, CloudEventHeaders.TYPE);
        if (!expected.ceType().equals(type)) {
            throw new PermanentEventFailure("expected ce_type " + expected.ceType() + " but got " + type);
        }
        Instant time;
        try {
            time = OffsetDateTime.parse(header(record, CloudEventHeaders.TIME)).toInstant();
        } catch (DateTimeParseException e) {
            throw new PermanentEventFailure("ce_time is not an RFC 3339 time: " + e.getParsedString(), e);
        }
        if (record.value() == null) {
            throw new PermanentEventFailure("the record has no body");
        }
        T payload;
        try {
            payload = EventJson.mapper().readValue(record.value(), expected.payloadClass());
        } catch (Exception e) {
            throw new PermanentEventFailure("body is not a valid " + expected.ceType() + ": " + e.getMessage(), e);
        }
        Header subject = record.headers().lastHeader(CloudEventHeaders.SUBJECT);
        return new IncomingEvent<>(
                id,
                type,
                header(record, CloudEventHeaders.SOURCE),
                time,
                subject == null ? null : new String(subject.value(), UTF_8),
                payload);
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        if (header == null || header.value() == null) {
            throw new PermanentEventFailure("missing CloudEvents header " + name);
        }
        return new String(header.value(), UTF_8);
    }
}
