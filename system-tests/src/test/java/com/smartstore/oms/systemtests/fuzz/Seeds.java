package com.smartstore.oms.systemtests.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.smartstore.oms.systemtests.fuzz.ApiCatalogue.Operation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The valid request every case of an operation starts from ({@code fuzz/seeds.json}), with its fixtures filled in. */
public final class Seeds {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-zA-Z0-9.+]+)}}");

    /** A seed request: values of the path and query parameters, headers, the user, the body and how to sign it. */
    public record Seed(
            Map<String, String> path,
            Map<String, String> query,
            Map<String, String> headers,
            String user,
            JsonNode body,
            String sign) {}

    private final JsonNode operations;
    private final JsonNode bodies;
    private final JsonNode waivers;
    private final Path repoRoot;

    private Seeds(JsonNode document, Path repoRoot) {
        this.operations = document.path("operations");
        this.bodies = document.path("bodies");
        this.waivers = document.path("waivers");
        this.repoRoot = repoRoot;
    }

    public static Seeds load(Path repoRoot) {
        try (InputStream in = Seeds.class.getResourceAsStream("/fuzz/seeds.json")) {
            return new Seeds(JSON.readTree(in), repoRoot);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What keeps the run from covering every operation: operations without a seed, path parameters or bodies a seed
     * does not give, and seeds of operations that no longer exist. Empty when every operation is covered.
     */
    public List<String> gaps(List<Operation> catalogue) {
        List<String> gaps = new ArrayList<>();
        Set<String> used = new TreeSet<>();
        for (Operation op : catalogue) {
            String key = entryKey(op);
            if (key == null) {
                gaps.add(op.key() + ": no seed in fuzz/seeds.json");
                continue;
            }
            used.add(key);
            for (JsonNode variant : variants(operations.get(key))) {
                for (ApiCatalogue.Param p : op.params("path")) {
                    if (!variant.path("path").has(p.name())) {
                        gaps.add(op.key() + ": the seed gives no value for path parameter " + p.name());
                    }
                }
                if (op.hasBody() && !variant.has("body") && !variant.has("bodyFile")) {
                    gaps.add(op.key() + ": the operation takes a body and the seed has none");
                }
            }
        }
        for (Iterator<String> keys = operations.fieldNames(); keys.hasNext(); ) {
            String key = keys.next();
            if (!used.contains(key)) {
                gaps.add(key + ": seeded, but no service has this operation");
            }
        }
        return gaps;
    }

    /** Checks (error body, names) whose failures an operation reports without failing the run, per operation. */
    public Map<String, Set<String>> waivers() {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        waivers.fields().forEachRemaining(w -> {
            Set<String> checks = new TreeSet<>();
            w.getValue().path("checks").forEach(c -> checks.add(c.asText()));
            out.put(w.getKey(), checks);
        });
        return out;
    }

    /** A seed of the operation (one of its variants, picked by the case's random), fixtures filled in. */
    public Seed seed(Operation op, Fixtures fixtures, Random random) {
        List<JsonNode> variants = variants(operations.get(entryKey(op)));
        JsonNode variant = variants.get(random.nextInt(variants.size()));
        Filler fill = new Filler(fixtures, random);
        JsonNode body = null;
        if (variant.has("bodyFile")) {
            body = parse(fill.file(repoRoot.resolve(variant.path("bodyFile").asText())));
        } else if (variant.has("body")) {
            JsonNode given = variant.path("body");
            body = fill.tree(
                    given.isTextual() && given.asText().startsWith("@")
                            ? bodies.path(given.asText().substring(1))
                            : given);
        }
        return new Seed(
                fill.map(variant.path("path")),
                fill.map(variant.path("query")),
                fill.map(variant.path("headers")),
                variant.path("user")
                        .asText(op.roles().isEmpty() ? null : op.roles().get(0)),
                body,
                variant.path("sign").asText(null));
    }

    private String entryKey(Operation op) {
        if (operations.has(op.key())) {
            return op.key();
        }
        String shared = "* " + op.method() + " " + op.template();
        return operations.has(shared) ? shared : null;
    }

    private static List<JsonNode> variants(JsonNode entry) {
        List<JsonNode> variants = new ArrayList<>();
        if (entry.has("variants")) {
            entry.path("variants").forEach(variants::add);
        } else {
            variants.add(entry);
        }
        return variants;
    }

    private static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fills {@code {{name}}} placeholders with fixtures or values made for the case. */
    private record Filler(Fixtures fixtures, Random random) {
        String text(String value) {
            Matcher m = PLACEHOLDER.matcher(value);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                String name = m.group(1);
                String filled = fixtures.value(name)
                        .or(() -> fixtures.dynamic(name, random))
                        .orElseThrow(() ->
                                new IllegalStateException("fuzz/seeds.json: unknown placeholder {{" + name + "}}"));
                m.appendReplacement(out, Matcher.quoteReplacement(filled));
            }
            m.appendTail(out);
            return out.toString();
        }

        JsonNode tree(JsonNode node) {
            if (node.isTextual()) {
                return new TextNode(text(node.asText()));
            }
            if (node.isObject()) {
                ObjectNode copy = JSON.createObjectNode();
                node.fields().forEachRemaining(f -> copy.set(f.getKey(), tree(f.getValue())));
                return copy;
            }
            if (node.isArray()) {
                ArrayNode copy = JSON.createArrayNode();
                node.forEach(e -> copy.add(tree(e)));
                return copy;
            }
            return node.deepCopy();
        }

        Map<String, String> map(JsonNode node) {
            Map<String, String> values = new LinkedHashMap<>();
            node.fields()
                    .forEachRemaining(
                            f -> values.put(f.getKey(), text(f.getValue().asText())));
            return values;
        }

        String file(Path file) {
            try {
                return fixtures.fill(Files.readString(file), random);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
