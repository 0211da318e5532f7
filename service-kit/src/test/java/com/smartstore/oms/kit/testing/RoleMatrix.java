package com.smartstore.oms.kit.testing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * A service's endpoints and who may call them, as one table (R-SEC2), checked against the service with real Keycloak
 * tokens of every demo user: without a token each endpoint answers 401, every user not in its row 403, and every user
 * in its row gets past the role check (any answer but 401 and 403: the ids in the path are random, so mostly 404).
 * The table must list exactly the operations of the service's OpenAPI document that need a token, so a new endpoint
 * cannot be left out.
 *
 * <pre>{@code
 * RoleMatrix.of(
 *         row("GET", "/api/shipments", "shipping", "customer-service", "manager", "admin"),
 *         row("POST", "/api/shipments/{id}/dispatch", "shipping", "manager"))
 *     .check();
 * }</pre>
 */
public final class RoleMatrix {
    /** The realm's demo users, one per role (password "demo"). */
    public static final List<String> USERS = List.of(
            "order-clerk",
            "sales",
            "customer-service",
            "reviewer",
            "trainee",
            "warehouse",
            "purchasing",
            "shipping",
            "after-sales",
            "finance",
            "quality",
            "manager",
            "admin");

    /** One operation: its method, its path as the OpenAPI document writes it, and the demo users it lets in. */
    public record Row(String method, String path, Set<String> users) {}

    public static Row row(String method, String path, String... users) {
        Set<String> allowed = new LinkedHashSet<>(List.of(users));
        assertThat(USERS).as("users of " + method + " " + path).containsAll(allowed);
        return new Row(method.toUpperCase(Locale.ROOT), path, allowed);
    }

    private final List<Row> rows;

    private RoleMatrix(List<Row> rows) {
        this.rows = rows;
    }

    /**
     * The kit's endpoints, which every service has: the admin ones the administrator's only, the audit log (R-SEC3)
     * for managers, customer service and admins, its check for admins.
     */
    public static final List<Row> KIT_ADMIN = List.of(
            row("GET", "/api/audit", "customer-service", "manager", "admin"),
            row("GET", "/api/audit/verify", "admin"),
            row("GET", "/admin/dlq/flagged", "admin"),
            row("POST", "/admin/dlq/{topic}/replay", "admin"),
            row("GET", "/admin/outbox/parked", "admin"),
            row("POST", "/admin/outbox/parked/{id}/retry", "admin"),
            row("POST", "/admin/outbox/parked/{id}/discard", "admin"));

    /** The service's own endpoints; the kit's admin endpoints are added. */
    public static RoleMatrix of(Row... rows) {
        List<Row> all = new ArrayList<>(List.of(rows));
        all.addAll(KIT_ADMIN);
        return new RoleMatrix(all);
    }

    /** Every check: the table covers the OpenAPI document, 401 without a token, 403 for the others, in for the rest. */
    public void check() {
        coversTheOpenApiDocument();
        List<String> wrong = new ArrayList<>();
        for (Row row : rows) {
            String path = concrete(row.path());
            int anonymous = request(null, row.method(), path);
            if (anonymous != 401) {
                wrong.add(row.method() + " " + row.path() + " without a token: " + anonymous + ", not 401");
            }
            for (String user : USERS) {
                int status = request(user, row.method(), path);
                boolean allowed = row.users().contains(user);
                if (allowed && (status == 401 || status == 403)) {
                    wrong.add(row.method() + " " + row.path() + " as " + user + ": " + status + ", should be let in");
                } else if (!allowed && status != 403) {
                    wrong.add(row.method() + " " + row.path() + " as " + user + ": " + status + ", not 403");
                }
            }
        }
        assertThat(wrong).as("answers that break the role table").isEmpty();
    }

    /** The operations of the service's OpenAPI document that need a token are exactly the table's. */
    public void coversTheOpenApiDocument() {
        Set<String> documented = new TreeSet<>();
        try {
            JsonNode paths = new ObjectMapper()
                    .readTree(given().queryParam("format", "json")
                            .get("/q/openapi")
                            .then()
                            .statusCode(200)
                            .extract()
                            .asString())
                    .path("paths");
            for (Iterator<Map.Entry<String, JsonNode>> p = paths.fields(); p.hasNext(); ) {
                Map.Entry<String, JsonNode> path = p.next();
                for (Iterator<Map.Entry<String, JsonNode>> o = path.getValue().fields(); o.hasNext(); ) {
                    Map.Entry<String, JsonNode> operation = o.next();
                    JsonNode security = operation.getValue().path("security");
                    boolean tokenLess = security.isArray() && security.isEmpty();
                    if (!tokenLess && !operation.getKey().equals("parameters")) {
                        documented.add(operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey());
                    }
                }
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException("the OpenAPI document is not JSON", e);
        }
        Set<String> tabled = new TreeSet<>();
        rows.forEach(r -> tabled.add(r.method() + " " + r.path()));
        assertThat(tabled).as("the role table's operations").isEqualTo(documented);
    }

    private static String concrete(String template) {
        return template.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
    }

    private static int request(String user, String method, String path) {
        RequestSpecification request = given().redirects().follow(false);
        if (user != null) {
            request = request.auth().oauth2(Tokens.of(user));
        }
        if (!method.equals("GET") && !method.equals("DELETE")) {
            request = request.contentType("application/json").body("{}");
        }
        return request.request(method, path).statusCode();
    }
}
