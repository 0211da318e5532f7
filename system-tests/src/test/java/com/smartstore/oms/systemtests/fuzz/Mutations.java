package com.smartstore.oms.systemtests.fuzz;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Turns a seed body into bad input: one field dropped, nulled, of the wrong type, huge, deeply nested, with control
 * characters (escaped and raw), invalid UTF-8, extreme numbers and dates, or the whole body empty, truncated, of the
 * wrong content type, over the size limit. Each mutation says which field names a refusal should mention.
 */
public final class Mutations {
    static final String JSON_TYPE = "application/json";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String MARK = "\uE000fz\uE001";

    /** A mutated body: its bytes, content type, what was done, and the field names a 4xx should mention. */
    public record Body(byte[] bytes, String contentType, String description, List<String> names) {}

    private Mutations() {}

    public static Body mutate(JsonNode seed, Random random) {
        if (seed == null) {
            return wholeBody(null, random);
        }
        return random.nextInt(10) < 7 ? field(seed, random) : wholeBody(seed, random);
    }

    /** The seed unchanged: the control case of every operation. */
    public static Body unchanged(JsonNode seed) {
        return new Body(seed == null ? null : write(seed), seed == null ? null : JSON_TYPE, "seed", List.of());
    }

    // ---- one field -------------------------------------------------------------------------------------------

    private static Body field(JsonNode seed, Random random) {
        JsonNode body = seed.deepCopy();
        List<List<Object>> paths = new ArrayList<>();
        collect(body, new ArrayList<>(), paths);
        if (paths.isEmpty()) {
            return wholeBody(seed, random);
        }
        List<Object> path = paths.get(random.nextInt(paths.size()));
        List<String> names = path.stream()
                .filter(String.class::isInstance)
                .map(String.class::cast)
                .toList();
        String where = describe(path);
        ContainerNode<?> parent = (ContainerNode<?>) at(body, path.subList(0, path.size() - 1));
        Object last = path.get(path.size() - 1);
        JsonNode target = at(body, path);
        String kind = kindFor(target, random);
        String raw = null;
        switch (kind) {
            case "drop" -> {
                if (parent instanceof ObjectNode o) {
                    o.remove((String) last);
                } else {
                    ((ArrayNode) parent).remove((Integer) last);
                }
            }
            case "null" -> set(parent, last, NODES.nullNode());
            case "wrong type" -> set(parent, last, wrongType(target, random));
            case "empty text" -> set(parent, last, new TextNode(random.nextBoolean() ? "" : "   "));
            case "long text" -> set(parent, last, new TextNode(longText(random)));
            case "text near the body limit" -> set(parent, last, new TextNode("x".repeat(900_000)));
            case "deep nesting" -> set(parent, last, nest(target, 33 + random.nextInt(300), random));
            case "huge array" -> set(parent, last, hugeArray(target, random));
            case "control character (escaped)" ->
                set(parent, last, new TextNode(insert(text(target), controlChar(random), random)));
            case "control character (raw byte)", "invalid UTF-8", "number token", "duplicate key" -> {
                raw = kind;
                set(
                        parent,
                        last,
                        new TextNode(kind.equals("number token") ? MARK : insert(text(target), MARK, random)));
            }
            case "odd unicode" ->
                set(parent, last, new TextNode(insert(text(target), pick(BadValues.ODD_UNICODE, random), random)));
            case "special text" -> set(parent, last, new TextNode(pick(BadValues.SPECIAL_TEXT, random)));
            case "extreme date" -> set(parent, last, new TextNode(pick(BadValues.DATES, random)));
            case "bad uuid" -> set(parent, last, new TextNode(pick(Values.BAD_UUIDS, random)));
            case "unknown enum" -> set(parent, last, new TextNode(pick(BadValues.BAD_ENUMS, random)));
            case "unknown field" -> {
                JsonNode holder = target instanceof ObjectNode ? target : parent;
                if (holder instanceof ObjectNode o) {
                    o.put("fuzz" + random.nextInt(1000), "surprise");
                }
            }
            default -> throw new IllegalStateException(kind);
        }
        byte[] bytes = write(body);
        if (raw != null) {
            String key = last instanceof String s ? s : "x";
            bytes = rawReplace(bytes, raw, key, random);
        }
        return new Body(bytes, JSON_TYPE, kind + " at " + where, names);
    }

    private static String kindFor(JsonNode target, Random random) {
        List<String> kinds = new ArrayList<>(List.of(
                "drop",
                "null",
                "wrong type",
                "deep nesting",
                "huge array",
                "number token",
                "unknown field",
                "duplicate key"));
        if (target != null && target.isTextual()) {
            String text = target.asText();
            kinds.addAll(List.of(
                    "empty text",
                    "long text",
                    "control character (escaped)",
                    "control character (escaped)",
                    "control character (raw byte)",
                    "invalid UTF-8",
                    "odd unicode",
                    "special text"));
            if (random.nextInt(20) == 0) {
                kinds.add("text near the body limit");
            }
            if (text.matches("\\d{4}-\\d\\d-\\d\\d.*")) {
                kinds.addAll(List.of("extreme date", "extreme date", "extreme date"));
            }
            if (text.matches("[0-9a-f]{8}-[0-9a-f-]{27}")) {
                kinds.addAll(List.of("bad uuid", "bad uuid"));
            }
            if (text.matches("[A-Z][A-Z_]+")) {
                kinds.addAll(List.of("unknown enum", "unknown enum"));
            }
            if (text.matches("-?\\d+(\\.\\d+)?")) {
                kinds.addAll(List.of("number token", "number token"));
            }
        } else if (target != null && target.isNumber()) {
            kinds.addAll(List.of("number token", "number token", "number token"));
        }
        return pick(kinds, random);
    }

    private static JsonNode wrongType(JsonNode target, Random random) {
        List<JsonNode> options = new ArrayList<>(List.of(
                new TextNode("wrong"),
                NODES.numberNode(7),
                NODES.booleanNode(true),
                NODES.objectNode().put("a", 1),
                NODES.arrayNode().add(1).add("two")));
        options.removeIf(o -> target != null && o.getNodeType() == target.getNodeType());
        return pick(options, random);
    }

    private static JsonNode nest(JsonNode target, int depth, Random random) {
        JsonNode node = target == null ? new TextNode("x") : target.deepCopy();
        for (int i = 0; i < depth; i++) {
            node = random.nextBoolean()
                    ? NODES.arrayNode().add(node)
                    : NODES.objectNode().set("a", node);
        }
        return node;
    }

    private static JsonNode hugeArray(JsonNode target, Random random) {
        ArrayNode array = NODES.arrayNode();
        JsonNode element = target instanceof ArrayNode a && !a.isEmpty()
                ? a.get(0)
                : target == null ? NODES.numberNode(1) : target;
        int size = pick(List.of(201, 1_000, 5_000, 20_000), random);
        if (write(element).length * (long) size > 900_000) {
            size = Math.max(1, 900_000 / Math.max(1, write(element).length));
        }
        for (int i = 0; i < size; i++) {
            array.add(element.deepCopy());
        }
        return array;
    }

    private static byte[] rawReplace(byte[] bytes, String kind, String key, Random random) {
        String marker = kind.equals("number token") ? "\"" + MARK + "\"" : MARK;
        byte[] replacement = switch (kind) {
            case "control character (raw byte)" -> new byte[] {(byte) random.nextInt(0x20)};
            case "invalid UTF-8" -> pick(BadValues.INVALID_UTF8, random);
            case "number token" -> pick(BadValues.NUMBER_TOKENS, random).getBytes(UTF_8);
            // The member is written twice: once as seeded (a mark), then the same key with another value.
            case "duplicate key" -> ("\",\"" + key + "\":\"" + pick(BadValues.SPECIAL_TEXT, random)).getBytes(UTF_8);
            default -> throw new IllegalStateException(kind);
        };
        return replace(bytes, marker.getBytes(UTF_8), replacement);
    }

    // ---- the whole body --------------------------------------------------------------------------------------

    private static Body wholeBody(JsonNode seed, Random random) {
        byte[] valid = seed == null ? "{}".getBytes(UTF_8) : write(seed);
        String kind = pick(WHOLE_BODY, random);
        byte[] bytes = valid;
        String type = JSON_TYPE;
        switch (kind) {
            case "empty body" -> bytes = new byte[0];
            case "blank body" -> bytes = " \n\t ".getBytes(UTF_8);
            case "truncated JSON" -> bytes = Arrays.copyOf(valid, random.nextInt(Math.max(1, valid.length)));
            case "trailing garbage" ->
                bytes = concat(
                        valid,
                        pick(List.of("}", "]", "xyz", "{}", "\u0000"), random).getBytes(UTF_8));
            case "not an object" ->
                bytes = pick(List.of("[]", "\"text\"", "42", "null", "true", "[{}]"), random)
                        .getBytes(UTF_8);
            case "byte order mark" -> bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, valid);
            case "wrong content type" -> type = pick(BadValues.CONTENT_TYPES, random);
            case "no content type" -> type = null;
            case "over 1 MB" -> bytes = concat(valid, " ".repeat(1_100_000).getBytes(UTF_8));
            case "near 1 MB of whitespace" ->
                bytes = concat(" ".repeat(1_000_000 - valid.length - 10).getBytes(UTF_8), valid);
            case "random bytes" -> {
                bytes = new byte[1 + random.nextInt(200)];
                random.nextBytes(bytes);
            }
            case "invalid UTF-8" ->
                bytes = replace(
                        valid,
                        "\"".getBytes(UTF_8),
                        concat("\"".getBytes(UTF_8), pick(BadValues.INVALID_UTF8, random)));
            case "deep nesting" -> bytes = ("[".repeat(5000) + "]".repeat(5000)).getBytes(UTF_8);
            case "huge number of members" -> bytes = manyMembers(random);
            default -> throw new IllegalStateException(kind);
        }
        return new Body(bytes, type, kind, List.of());
    }

    private static byte[] manyMembers(Random random) {
        StringBuilder body = new StringBuilder("{");
        int n = 20_000 + random.nextInt(20_000);
        for (int i = 0; i < n; i++) {
            body.append(i == 0 ? "" : ",").append("\"k").append(i).append("\":").append(i);
        }
        return body.append('}').toString().getBytes(UTF_8);
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    /** Every member and element below the root, as paths of keys and indexes. */
    private static void collect(JsonNode node, List<Object> path, List<List<Object>> out) {
        if (node.isObject()) {
            node.fieldNames().forEachRemaining(name -> {
                List<Object> child = new ArrayList<>(path);
                child.add(name);
                out.add(child);
                collect(node.get(name), child, out);
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                List<Object> child = new ArrayList<>(path);
                child.add(i);
                out.add(child);
                collect(node.get(i), child, out);
            }
        }
    }

    static JsonNode at(JsonNode root, List<Object> path) {
        JsonNode node = root;
        for (Object step : path) {
            node = step instanceof String s ? node.get(s) : node.get((Integer) step);
        }
        return node;
    }

    /** {@code lines[0].unitPrice}, as the kit names fields. */
    static String describe(List<Object> path) {
        StringBuilder out = new StringBuilder();
        for (Object step : path) {
            if (step instanceof Integer i) {
                out.append('[').append(i).append(']');
            } else {
                out.append(out.isEmpty() ? "" : ".").append(step);
            }
        }
        return out.toString();
    }

    private static void set(ContainerNode<?> parent, Object key, JsonNode value) {
        if (parent instanceof ObjectNode o) {
            o.set((String) key, value);
        } else {
            ((ArrayNode) parent).set((Integer) key, value);
        }
    }

    private static String text(JsonNode node) {
        return node != null && node.isValueNode() ? node.asText() : "x";
    }

    private static String insert(String text, String inserted, Random random) {
        int at = random.nextInt(text.length() + 1);
        return text.substring(0, at) + inserted + text.substring(at);
    }

    private static String controlChar(Random random) {
        return random.nextInt(3) == 0
                ? "\u0000"
                : String.valueOf((char) (random.nextBoolean() ? 0x7f : random.nextInt(0x20)));
    }

    private static String longText(Random random) {
        int length = pick(List.of(65, 101, 201, 321, 501, 1_001, 2_001, 4_001, 10_000, 64 * 1024 + 1, 70_000), random);
        return switch (random.nextInt(4)) {
            case 0 -> "\uD83D\uDE00".repeat(length / 2 + 1);
            case 1 -> Values.randomText(length, random);
            default -> "x".repeat(length);
        };
    }

    static byte[] write(JsonNode node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] replace(byte[] bytes, byte[] what, byte[] with) {
        int at = indexOf(bytes, what);
        if (at < 0) {
            return bytes;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + with.length);
        out.write(bytes, 0, at);
        out.writeBytes(with);
        out.write(bytes, at + what.length, bytes.length - at - what.length);
        return out.toByteArray();
    }

    private static int indexOf(byte[] bytes, byte[] what) {
        outer:
        for (int i = 0; i <= bytes.length - what.length; i++) {
            for (int j = 0; j < what.length; j++) {
                if (bytes[i + j] != what[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    static <T> T pick(List<T> options, Random random) {
        return options.get(random.nextInt(options.size()));
    }

    private static final List<String> WHOLE_BODY = List.of(
            "empty body",
            "blank body",
            "truncated JSON",
            "truncated JSON",
            "trailing garbage",
            "not an object",
            "byte order mark",
            "wrong content type",
            "wrong content type",
            "no content type",
            "over 1 MB",
            "near 1 MB of whitespace",
            "random bytes",
            "invalid UTF-8",
            "deep nesting",
            "huge number of members");
}
