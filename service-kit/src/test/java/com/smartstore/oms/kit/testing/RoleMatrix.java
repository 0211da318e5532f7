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
 * A service's endpoints and who may call them (R-SEC2), checked against the service with real Keycloak tokens of every
 * demo user and of the storefront client: without a token each endpoint answers 401, every caller without one of its
 * roles 403, and every caller with one gets past the role check (any answer but 401 and 403: the ids in the path are
 * random, so mostly 404). The table must list exactly the operations of the service's OpenAPI document that need a
 * token, so a new endpoint cannot be left out.
 *
 * <p>The table is docs/SECURITY.md, generated from the annotations (issue 15): {@link #documented(String)} reads the
 * service's section and the kit's admin section; a caller's roles are its token's {@code realm_access.roles}.
 *
 * <pre>{@code
 * static final RoleMatrix MATRIX = RoleMatrix.documented("shipping-service");
 *
 * @ParameterizedTest(name = "{0}")
 * @MethodSource("endpoints") // MATRIX.rows().stream()
 * void letsInItsRolesOnly(RoleMatrix.Row row) { MATRIX.check(row); }
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

    /** The storefront's service account (client credentials, role storefront), checked like a demo user. */
    public static final String STOREFRONT = "client:oms-storefront";

    /** One operation: its method, its path as the OpenAPI document writes it, and the callers it lets in. */
    public record Row(String method, String path, Set<String> users, Set<String> denied) {
        public Row(String method, String path, Set<String> users) {
            this(method, path, users, Set.of());
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    public static Row row(String method, String path, String... users) {
        Set<String> allowed = new LinkedHashSet<>(List.of(users));
        assertThat(USERS).as("users of " + method + " " + path).containsAll(allowed);
        return new Row(method.toUpperCase(Locale.ROOT), path, allowed);
    }

    private final List<Row> rows;

    private RoleMatrix(List<Row> rows) {
        this.rows = rows;
    }

    /** The kit's admin endpoints, which every service has: the administrator's only. */
    public static final List<Row> KIT_ADMIN = List.of(
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

    /**
     * The rows of docs/SECURITY.md for a module ({@code "order-intake-service"}) and the kit's admin endpoints, as the
     * annotations grant them (open {@code @PermitAll} rows are left out: they need no token). Read from the module's
     * directory, where Maven runs its tests.
     */
    public static RoleMatrix documented(String module) {
        List<String> lines;
        try {
            lines = java.nio.file.Files.readAllLines(java.nio.file.Path.of("..", "docs", "SECURITY.md"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        List<Row> rows = new ArrayList<>(section(lines, "## " + module + " ("));
        rows.addAll(section(lines, "## every service"));
        assertThat(rows).as("rows of " + module + " in docs/SECURITY.md").isNotEmpty();
        return new RoleMatrix(rows);
    }

    private static List<Row> section(List<String> lines, String heading) {
        int start = 0;
        while (start < lines.size() && !lines.get(start).startsWith(heading)) {
            start++;
        }
        List<Row> rows = new ArrayList<>();
        List<String> columns = null;
        Set<String> open = new LinkedHashSet<>();
        for (int i = start + 1; i < lines.size() && !lines.get(i).startsWith("## "); i++) {
            String line = lines.get(i);
            if (line.startsWith("- ") && line.contains("`")) {
                open.add(line.substring(2, line.indexOf('`', line.indexOf('`') + 1) + 1)
                        .replace("`", ""));
            }
            if (!line.startsWith("| ")) {
                continue;
            }
            List<String> cells = java.util.Arrays.stream(line.substring(1).split("\\|", -1))
                    .map(String::strip)
                    .toList();
            if (columns == null) {
                columns = cells;
                continue;
            }
            Set<String> roles = new LinkedHashSet<>();
            Set<String> denied = new LinkedHashSet<>();
            for (int c = 2; c < cells.size() && c < columns.size(); c++) {
                if (cells.get(c).equals("x")) {
                    roles.add(columns.get(c));
                } else if (cells.get(c).equals("no")) {
                    denied.add(columns.get(c));
                }
            }
            String path = cells.get(1).replace("`", "");
            rows.add(new Row(cells.get(0), path, roles, denied));
        }
        rows.removeIf(r -> open.contains(r.method() + " " + r.path()));
        return rows;
    }

    /** The table's rows, one per operation that needs a token. */
    public List<Row> rows() {
        return List.copyOf(rows);
    }

    /** Every check: the table covers the OpenAPI document, 401 without a token, 403 for the others, in for the rest. */
    public void check() {
        coversTheOpenApiDocument();
        rows.forEach(this::check);
    }

    /**
     * One operation: 401 without a token; every demo user and the storefront client whose token has one of the row's
     * roles gets past the role check, every other 403. A table of users ({@link #of}) names the users instead.
     */
    public void check(Row row) {
        List<String> wrong = new ArrayList<>();
        String path = concrete(row.path());
        int anonymous = request(null, row.method(), path);
        if (anonymous != 401) {
            wrong.add(row + " without a token: " + anonymous + ", not 401");
        }
        List<String> callers = new ArrayList<>(USERS);
        callers.add(STOREFRONT);
        for (String caller : callers) {
            // {user} is the caller's own name: an operation on a user's own data (their KPIs) lets in its roles for
            // their own; what it refuses for someone else's is the operation's rule, tested by the service.
            String own = caller.startsWith("client:") ? "service-account-" + caller.substring(7) : caller;
            String callerPath =
                    row.path().contains("{user}") ? concrete(row.path().replace("{user}", own)) : path;
            int status = request(caller, row.method(), callerPath);
            List<String> roles = Tokens.realmRoles(token(caller));
            boolean allowed = (row.users().contains(caller) || roles.stream().anyMatch(row.users()::contains))
                    && roles.stream().noneMatch(row.denied()::contains);
            if (allowed && (status == 401 || status == 403)) {
                wrong.add(row + " as " + caller + ": " + status + ", should be let in");
            } else if (!allowed && status != 403) {
                wrong.add(row + " as " + caller + ": " + status + ", not 403");
            }
        }
        assertThat(wrong).as("answers that break the role table").isEmpty();
    }

    private static String token(String caller) {
        return caller.startsWith("client:") ? Tokens.ofClient(caller.substring("client:".length())) : Tokens.of(caller);
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
            request = request.auth().oauth2(token(user));
        }
        if (!method.equals("GET") && !method.equals("DELETE")) {
            request = request.contentType("application/json").body("{}");
        }
        return request.request(method, path).statusCode();
    }
}
