package com.smartstore.oms.systemtests.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.smartstore.oms.systemtests.Service;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Every operation the running services publish in their OpenAPI documents ({@code /q/openapi}), so an endpoint
 * added later is fuzzed without anyone remembering to: its parameters with their schemas, whether it takes a
 * body, and the roles it needs.
 */
public final class ApiCatalogue {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A path, query or header parameter with its schema ({@code $ref}s resolved). */
    public record Param(String name, String in, JsonNode schema, boolean required) {}

    /** One operation of one service. */
    public record Operation(
            Service service,
            String method,
            String template,
            List<Param> params,
            boolean hasBody,
            List<String> roles,
            JsonNode components) {

        /** {@code intake POST /api/orders}: how seeds and the summary name the operation. */
        public String key() {
            return service.name().toLowerCase() + " " + method + " " + template;
        }

        public List<Param> params(String in) {
            return params.stream().filter(p -> p.in().equals(in)).toList();
        }

        /** A request without a token is open (the webhooks: authenticated by their signatures). */
        public boolean open() {
            return roles.isEmpty();
        }
    }

    private ApiCatalogue() {}

    /** Reads the OpenAPI document of every service at {@code port + portOffset}. */
    public static List<Operation> read(int portOffset) {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        List<Operation> operations = new ArrayList<>();
        for (Service service : Service.values()) {
            operations.addAll(parse(service, fetch(http, service.port + portOffset)));
        }
        return operations;
    }

    static List<Operation> parse(Service service, JsonNode document) {
        JsonNode components = document.path("components").path("schemas");
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths =
                        document.path("paths").fields();
                paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext(); ) {
                Map.Entry<String, JsonNode> method = methods.next();
                JsonNode op = method.getValue();
                List<Param> params = new ArrayList<>();
                for (JsonNode p : op.path("parameters")) {
                    params.add(new Param(
                            p.path("name").asText(),
                            p.path("in").asText(),
                            resolve(p.path("schema"), components),
                            p.path("required").asBoolean(false)));
                }
                List<String> roles = new ArrayList<>();
                for (JsonNode requirement : op.path("security")) {
                    requirement.elements().forEachRemaining(list -> list.forEach(r -> roles.add(r.asText())));
                }
                operations.add(new Operation(
                        service,
                        method.getKey().toUpperCase(),
                        path.getKey(),
                        List.copyOf(params),
                        op.has("requestBody"),
                        List.copyOf(roles),
                        components));
            }
        }
        return operations;
    }

    /** The schema itself when it is a {@code $ref} to a component (one level: enums, UUID, dates). */
    static JsonNode resolve(JsonNode schema, JsonNode components) {
        String ref = schema.path("$ref").asText("");
        if (ref.startsWith("#/components/schemas/")) {
            return components.path(ref.substring("#/components/schemas/".length()));
        }
        return schema;
    }

    private static JsonNode fetch(HttpClient http, int port) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/openapi?format=json"))
                .timeout(Duration.ofSeconds(30))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET /q/openapi on port " + port + ": HTTP " + response.statusCode());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException("GET /q/openapi on port " + port + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
