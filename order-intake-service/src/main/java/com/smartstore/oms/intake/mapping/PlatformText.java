package com.smartstore.oms.intake.mapping;

import static com.smartstore.oms.intake.mapping.JsonFields.optText;

import com.fasterxml.jackson.databind.JsonNode;
import com.smartstore.oms.contracts.events.OrderReceived;
import com.smartstore.oms.intake.command.CreateOrderRequest;
import java.util.ArrayList;
import java.util.List;

/**
 * How platform text becomes order text (issue 10): free text longer than our fields is cut (it is kept whole in the
 * stored payload), and address fields a carrier needs are kept blank when missing, for review's address rule to
 * hold the order instead of refusing it.
 */
final class PlatformText {
    /** At most this many attributes or properties are carried; the rest stay in the stored payload. */
    static final int MAX_ATTRIBUTES = 50;

    private PlatformText() {}

    static String cut(String text, int max) {
        return JsonText.truncate(text, max);
    }

    /** A name as given, cut to the field, or blank when the platform has none (review flags it). */
    static String contact(String name, int max) {
        return name == null ? "" : cut(name, max);
    }

    static String blankIfMissing(String value) {
        return value == null ? "" : value;
    }

    /** An address with the free-text parts cut to our fields; street, city and postal code as given. */
    static CreateOrderRequest.Address address(
            String recipient,
            String line1,
            String line2,
            String city,
            String region,
            String postalCode,
            String country) {
        return new CreateOrderRequest.Address(
                cut(recipient, 200), line1, cut(line2, 200), city, cut(region, 100), postalCode, country);
    }

    /**
     * Name/value pairs (Shopify note attributes and line properties, WooCommerce meta data) without the platform's
     * and apps' hidden ones (names starting with {@code _}); a value that is not text is kept as its JSON. Null when
     * there are none.
     */
    static List<OrderReceived.Attribute> attributes(JsonNode list, String nameField, String valueField) {
        List<OrderReceived.Attribute> found = new ArrayList<>();
        if (list == null || !list.isArray()) {
            return null;
        }
        for (JsonNode item : list) {
            String name = optText(item, nameField);
            if (name == null || name.startsWith("_") || found.size() >= MAX_ATTRIBUTES) {
                continue;
            }
            JsonNode value = item.get(valueField);
            String text = value == null || value.isNull()
                    ? null
                    : value.isContainerNode() ? value.toString() : value.asText();
            found.add(new OrderReceived.Attribute(cut(name, 100), cut(text, 500)));
        }
        return found.isEmpty() ? null : found;
    }
}
