package com.smartstore.oms.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every published record serialises to JSON that its schema accepts, and the schemas, topics and AsyncAPI agree. */
class EventContractsTest {
    private static final ObjectMapper JSON = EventJson.mapper();

    static Iterable<EventType<?>> eventTypes() {
        return Events.ALL;
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void exampleValidatesAgainstItsSchemaAndRoundTrips(EventType<?> type) throws Exception {
        OmsEvent example = ExampleEvents.ALL.get(type);
        assertThat(example).as("an example for " + type.ceType()).isNotNull();

        JsonNode json = JSON.valueToTree(example);
        assertThat(schema(type).validate(json))
                .as("schema errors for " + type.ceType())
                .isEmpty();
        assertThat(JSON.readValue(JSON.writeValueAsString(example), type.payloadClass()))
                .isEqualTo(example);
    }

    /**
     * At every level (the body, nested objects, list items): the schema's properties are the record's
     * components, the example fills each of them at least once, {@code required} lists exactly the
     * primitives and the fields the record refuses to be built without, and enums list the Java constants.
     */
    @ParameterizedTest
    @MethodSource("eventTypes")
    void schemaDescribesTheRecordAtEveryLevel(EventType<?> type) throws Exception {
        ObjectNode body = JSON.valueToTree(ExampleEvents.ALL.get(type));
        describesRecord(type, body, type.payloadClass(), schemaNode(type), List.of(body), type.topic());
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void schemaRejectsABodyWithoutItsRequiredFields(EventType<?> type) throws Exception {
        ObjectNode json = JSON.valueToTree(ExampleEvents.ALL.get(type));
        String required = schemaNode(type).get("required").get(0).asText();
        json.remove(required);
        Set<ValidationMessage> errors = schema(type).validate(json);
        assertThat(errors).extracting(ValidationMessage::getMessage).anyMatch(m -> m.contains(required));
    }

    @Test
    void recordsRefuseToBeBuiltWithoutRequiredFields() {
        String body =
                "{\"sku\":\"A\",\"unitPrice\":1,\"currency\":\"EUR\",\"active\":true,\"updatedAt\":\"2026-11-27T09:15:30Z\"}";
        assertThatThrownBy(() -> JSON.readValue(body, Events.PRODUCT_CATALOG.payloadClass()))
                .hasMessageContaining("name");
    }

    @Test
    void everyEventTypeIsVersionedAndOnAKnownTopic() {
        for (EventType<?> type : Events.ALL) {
            assertThat(Topics.ALL).contains(type.topic());
            assertThat(type.ceType()).isEqualTo("com.smartstore.oms." + type.topic() + ".v1");
            assertThat(Events.forCeType(type.ceType())).contains(type);
        }
    }

    @Test
    void topicsMatchWhatTheLocalBrokerCreates() throws IOException {
        Set<String> created = Files.readAllLines(repoFile("deploy/kafka/topics.txt")).stream()
                .map(String::trim)
                .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .map(l -> l.split("\\s+")[0])
                .collect(Collectors.toSet());
        assertThat(created).isEqualTo(new HashSet<>(Topics.ALL));
    }

    @Test
    void asyncApiDocumentsEveryEventWithItsSchema() throws IOException {
        JsonNode doc = new YAMLMapper()
                .readTree(repoFile("event-contracts/asyncapi.yaml").toFile());
        assertThat(doc.get("asyncapi").asText()).isEqualTo("3.0.0");
        for (EventType<?> type : Events.ALL) {
            String name = type.payloadClass().getSimpleName();
            JsonNode message = doc.at("/components/messages/" + name);
            assertThat(message.get("name").asText()).isEqualTo(type.ceType());
            assertThat(message.at("/payload/$ref").asText()).isEqualTo("./src/main/resources/" + type.schema());
            assertThat(doc.at("/channels/" + type.topic() + "/address").asText())
                    .isEqualTo(type.topic());
        }
    }

    private static void describesRecord(
            EventType<?> type,
            ObjectNode body,
            Class<?> record,
            JsonNode schema,
            List<ObjectNode> examples,
            String path) {
        Set<String> components = Arrays.stream(record.getRecordComponents())
                .map(RecordComponent::getName)
                .collect(Collectors.toSet());
        assertThat(fieldNames(schema.get("properties")))
                .as("schema properties of " + path)
                .isEqualTo(components);
        Set<String> written = new HashSet<>();
        examples.forEach(example -> written.addAll(fieldNames(example)));
        assertThat(written).as("fields the example of " + path + " fills").isEqualTo(components);
        Set<String> required = new HashSet<>();
        schema.get("required").forEach(r -> required.add(r.asText()));
        for (RecordComponent component : record.getRecordComponents()) {
            String name = component.getName();
            String at = path + "." + name;
            JsonNode property = schema.get("properties").get(name);
            List<ObjectNode> filled = examples.stream().filter(e -> e.has(name)).toList();
            boolean mandatory = component.getType().isPrimitive() || refusedWithout(type, body, filled.get(0), name);
            assertThat(required.contains(name)).as(at + " is required").isEqualTo(mandatory);
            describesType(type, body, component.getGenericType(), property, filled, name, at);
        }
    }

    private static void describesType(
            EventType<?> type,
            ObjectNode body,
            Type javaType,
            JsonNode property,
            List<ObjectNode> holders,
            String name,
            String at) {
        Class<?> raw = javaType instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) javaType;
        if (raw.isEnum()) {
            List<String> constants = Arrays.stream(raw.getEnumConstants())
                    .map(c -> ((Enum<?>) c).name())
                    .toList();
            List<String> described = new ArrayList<>();
            property.get("enum").forEach(v -> described.add(v.asText()));
            assertThat(described).as("enum of " + at).isEqualTo(constants);
        } else if (raw.isRecord()) {
            List<ObjectNode> nested =
                    holders.stream().map(h -> (ObjectNode) h.get(name)).toList();
            describesRecord(type, body, raw, property, nested, at);
        } else if (List.class.equals(raw)) {
            Type item = ((ParameterizedType) javaType).getActualTypeArguments()[0];
            if (item instanceof Class<?> itemClass && itemClass.isRecord()) {
                List<ObjectNode> items = new ArrayList<>();
                holders.forEach(h -> h.get(name).forEach(i -> items.add((ObjectNode) i)));
                describesRecord(type, body, itemClass, property.get("items"), items, at + "[]");
            }
        } else if (Map.class.equals(raw)) {
            assertThat(property.get("type").asText()).as(at).isEqualTo("object");
            assertThat(property.has("additionalProperties"))
                    .as(at + " describes its values")
                    .isTrue();
        }
    }

    /** Whether the record refuses the body once {@code field} is removed from {@code holder} (a node of it). */
    private static boolean refusedWithout(EventType<?> type, ObjectNode body, ObjectNode holder, String field) {
        JsonNode removed = holder.remove(field);
        try {
            JSON.treeToValue(body, type.payloadClass());
            return false;
        } catch (JsonProcessingException | RuntimeException e) {
            return true;
        } finally {
            holder.set(field, removed);
        }
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new HashSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static JsonNode schemaNode(EventType<?> type) throws IOException {
        try (InputStream in = EventContractsTest.class.getClassLoader().getResourceAsStream(type.schema())) {
            assertThat(in).as(type.schema()).isNotNull();
            return JSON.readTree(in);
        }
    }

    private static JsonSchema schema(EventType<?> type) throws IOException {
        SchemaValidatorsConfig config =
                SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaNode(type), config);
    }

    /** A file of this repository, wherever Maven runs the test from. */
    private static Path repoFile(String relative) {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve(relative))) {
            dir = dir.getParent();
        }
        assertThat(dir).as("repository root above the working directory").isNotNull();
        return dir.resolve(relative);
    }
}
