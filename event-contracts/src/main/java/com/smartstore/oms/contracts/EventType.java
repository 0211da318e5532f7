package com.smartstore.oms.contracts;

/**
 * One published event type: its topic, versioned CloudEvents type, body record and JSON Schema.
 *
 * @param schema classpath resource of the JSON Schema, e.g. {@code schemas/order-received.v1.json}
 */
public record EventType<T extends OmsEvent>(String topic, String ceType, Class<T> payloadClass, String schema) {

    static <T extends OmsEvent> EventType<T> v1(String topic, Class<T> payloadClass) {
        return new EventType<>(
                topic, "com.smartstore.oms." + topic + ".v1", payloadClass, "schemas/" + topic + ".v1.json");
    }
}
