package com.smartstore.oms.intake.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Iterator;
import java.util.Map;

/**
 * Text from a platform made safe to store and show (issue 10): a signed delivery may carry NUL or other control
 * characters inside its JSON strings (PostgreSQL text refuses 0x00), and values of any length. Control characters
 * other than tab and line breaks are removed; the raw payload itself is kept as it came (encrypted, so any byte is
 * safe).
 */
public final class JsonText {

    private JsonText() {}

    /** A copy of the tree with every text value and field name cleaned. */
    public static JsonNode clean(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isTextual()) {
            String cleaned = clean(node.asText());
            return cleaned.equals(node.asText()) ? node : TextNode.valueOf(cleaned);
        }
        if (node.isArray()) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode(node.size());
            node.forEach(item -> copy.add(clean(item)));
            return copy;
        }
        if (node.isObject()) {
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                copy.set(clean(field.getKey()), clean(field.getValue()));
            }
            return copy;
        }
        return node;
    }

    /** The text without control characters (tab, CR and LF stay). */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder kept = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f);
            if (control && kept == null) {
                kept = new StringBuilder(text.length()).append(text, 0, i);
            } else if (!control && kept != null) {
                kept.append(c);
            }
        }
        return kept == null ? text : kept.toString();
    }

    /** The text cut to at most {@code max} characters (the last one an ellipsis when cut), or null. */
    public static String truncate(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        return text.substring(0, max - 1) + "…";
    }
}
