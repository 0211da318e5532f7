package com.smartstore.oms.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Writes docs/SECURITY.md, the role matrix (R-SEC2), from the code: every JAX-RS resource method of every service and
 * of the service kit, its {@code @RolesAllowed} roles (method over class) or {@code @PermitAll}, with the reason an
 * open endpoint gives in its class Javadoc (webhooks: a signature instead of a token). {@code SecurityDocTest} fails
 * when the committed file differs; each service's {@code SecurityTest} calls every row with every role's real token.
 *
 * <p>Regenerate: {@code mvn -o -q -pl system-tests test -Dtest=SecurityDocTest -Doms.security.regenerate=true}.
 */
public final class SecurityDoc {
    /** The kit's resources, served by every service. */
    static final String KIT = "service-kit";

    private static final Pattern CLASS =
            Pattern.compile("^(?:public\\s+)?(?:final\\s+)?class\\s+\\w+", Pattern.MULTILINE);
    private static final Pattern ANNOTATION = Pattern.compile("@(\\w+)(\\((?:[^()\"]|\"[^\"]*\")*\\))?");
    private static final Pattern STRING = Pattern.compile("\"([^\"]*)\"");
    private static final Pattern CONSTANT = Pattern.compile("Roles\\.(\\w+)");
    private static final Pattern ROLE_CONSTANT = Pattern.compile("public static final String (\\w+) = \"([^\"]+)\";");
    private static final Pattern TRAINEE_REFUSED = Pattern.compile(
            "^[^{]*\\{\\s*if \\((?:isTrainee\\(\\)|\\w+\\.hasRole\\(Roles\\.TRAINEE\\))\\)\\s*\\{\\s*throw");
    private static final Set<String> VERBS = Set.of("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD");

    /**
     * One operation: method, path as the OpenAPI document writes it, its roles (empty: open), why it is open, and the
     * roles its code refuses even with a granted role (a trainee confirming a decision, R-T1).
     */
    public record Endpoint(
            String method, String path, Set<String> roles, String open, String source, Set<String> denied) {
        public boolean isOpen() {
            return open != null;
        }
    }

    private SecurityDoc() {}

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : ".");
        Files.writeString(root.resolve("docs/SECURITY.md"), render(root), StandardCharsets.UTF_8);
    }

    /** The realm roles as Roles.java names them, in its order. */
    public static Map<String, String> roles(Path root) {
        String source = read(root.resolve(KIT + "/src/main/java/com/smartstore/oms/kit/security/Roles.java"));
        Map<String, String> roles = new LinkedHashMap<>();
        Matcher m = ROLE_CONSTANT.matcher(source);
        while (m.find()) {
            roles.put(m.group(1), m.group(2));
        }
        return roles;
    }

    /** Every endpoint a module's own resources declare, sorted by path and method. */
    public static List<Endpoint> endpoints(Path root, String module) {
        Map<String, String> roles = roles(root);
        List<Endpoint> all = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root.resolve(module).resolve("src/main/java"))) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                all.addAll(resource(read(file), file.getFileName().toString().replace(".java", ""), roles));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        all.sort(Comparator.comparing(Endpoint::path).thenComparing(Endpoint::method));
        // One operation served by two methods (by content type): one row, both methods named, if they grant alike.
        List<Endpoint> merged = new ArrayList<>();
        for (Endpoint e : all) {
            Endpoint last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null
                    && last.method().equals(e.method())
                    && last.path().equals(e.path())
                    && last.roles().equals(e.roles())
                    && java.util.Objects.equals(last.open(), e.open())) {
                String more = e.source().substring(e.source().indexOf('.') + 1);
                merged.set(
                        merged.size() - 1,
                        new Endpoint(
                                last.method(),
                                last.path(),
                                last.roles(),
                                last.open(),
                                last.source() + ", " + more,
                                last.denied()));
            } else {
                merged.add(e);
            }
        }
        return merged;
    }

    static List<Endpoint> resource(String code, String name, Map<String, String> roles) {
        // Line comments (no quote in them, so a URL in a string stays) would split a method's annotations.
        String source = code.replaceAll("(?m)[ \\t]+//[^\\n\"]*$", "");
        Matcher classMatch = CLASS.matcher(source);
        if (!classMatch.find()) {
            return List.of();
        }
        String head = source.substring(0, classMatch.start());
        Map<String, String> classAnnotations = annotations(head.substring(Math.max(0, head.lastIndexOf("*/"))));
        if (!classAnnotations.containsKey("Path")) {
            return List.of();
        }
        String basePath = firstString(classAnnotations.get("Path"));
        String classOpen = openReason(head);
        List<Endpoint> endpoints = new ArrayList<>();
        String body = source.substring(classMatch.end());
        // A method's annotations: the run of annotations (and blank space) right before its signature.
        Matcher method = Pattern.compile(
                        "((?:\\s*@\\w+(?:\\((?:[^()\"]|\"[^\"]*\")*\\))?)+)\\s+(?:public\\s+)?[\\w<>\\[\\], .?]+\\s+(\\w+)\\s*\\(")
                .matcher(body);
        while (method.find()) {
            Map<String, String> annotations = annotations(method.group(1));
            String verb = annotations.keySet().stream()
                    .filter(VERBS::contains)
                    .findFirst()
                    .orElse(null);
            if (verb == null) {
                continue;
            }
            String path = join(basePath, annotations.containsKey("Path") ? firstString(annotations.get("Path")) : "");
            String source2 = name + "." + method.group(2);
            Set<String> allowed;
            String open = null;
            if (annotations.containsKey("PermitAll")) {
                allowed = Set.of();
                String methodOpen = openReason(body.substring(0, method.start()).stripTrailing() + "\n");
                open = methodOpen != null
                                && body.substring(0, method.start())
                                        .stripTrailing()
                                        .endsWith("*/")
                        ? methodOpen
                        : classOpen == null ? "no token (no reason given in the Javadoc)" : classOpen;
            } else if (annotations.containsKey("RolesAllowed")) {
                allowed = roleNames(annotations.get("RolesAllowed"), roles);
            } else if (classAnnotations.containsKey("RolesAllowed")) {
                allowed = roleNames(classAnnotations.get("RolesAllowed"), roles);
            } else if (classAnnotations.containsKey("PermitAll")) {
                allowed = Set.of();
                open = classOpen == null ? "no token (no reason given in the Javadoc)" : classOpen;
            } else {
                // quarkus.security.jaxrs.deny-unannotated-endpoints: nobody.
                allowed = Set.of();
            }
            // A refusal in the method's first lines of a role the caller also has (R-T1: trainees prepare, others
            // confirm): "if (isTrainee()) { throw" or "if (user.hasRole(Roles.TRAINEE)) { throw".
            String start = body.substring(method.end(), Math.min(body.length(), method.end() + 400));
            Set<String> denied = TRAINEE_REFUSED.matcher(start).find() ? Set.of(roles.get("TRAINEE")) : Set.of();
            endpoints.add(new Endpoint(verb, path, allowed, open, source2, denied));
        }
        return endpoints;
    }

    /** The sentence of a Javadoc after "({@code @PermitAll}):", which says why an endpoint is open and how it is checked. */
    private static String openReason(String head) {
        int doc = head.lastIndexOf("/**");
        if (doc < 0 || head.indexOf("*/", doc) < 0) {
            return null;
        }
        String javadoc = head.substring(doc + 3, head.indexOf("*/", doc))
                .lines()
                .map(l -> l.strip().replaceFirst("^\\*\\s?", ""))
                .collect(Collectors.joining(" "))
                .replaceAll("\\{@code ([^}]*)}", "`$1`")
                .replaceAll("\\s+", " ")
                .strip();
        int marker = javadoc.indexOf("(`@PermitAll`)");
        if (marker < 0) {
            return null;
        }
        // "... open to anyone on purpose (@PermitAll): shops show it on product pages. More." -> "shops show it on
        // product pages."
        String why = javadoc.substring(marker + "(`@PermitAll`)".length())
                .replaceFirst("^:", "")
                .strip();
        int sentence = why.indexOf(". ");
        return why.isEmpty() ? javadoc : sentence < 0 ? why : why.substring(0, sentence + 1);
    }

    private static Map<String, String> annotations(String text) {
        Map<String, String> found = new LinkedHashMap<>();
        Matcher m = ANNOTATION.matcher(text);
        while (m.find()) {
            found.put(m.group(1), m.group(2) == null ? "" : m.group(2));
        }
        return found;
    }

    private static String firstString(String arguments) {
        Matcher m = STRING.matcher(arguments);
        return m.find() ? m.group(1) : "";
    }

    private static Set<String> roleNames(String arguments, Map<String, String> roles) {
        Set<String> names = new LinkedHashSet<>();
        Matcher constants = CONSTANT.matcher(arguments);
        while (constants.find()) {
            String role = roles.get(constants.group(1));
            if (role == null) {
                throw new IllegalStateException("Roles." + constants.group(1) + " is not a constant of Roles.java");
            }
            names.add(role);
        }
        Matcher literals = STRING.matcher(arguments);
        while (literals.find()) {
            names.add(literals.group(1));
        }
        return names;
    }

    /** {@code /api/orders} + {@code {id}/cancel} -> {@code /api/orders/{id}/cancel}, as OpenAPI writes it. */
    static String join(String base, String sub) {
        String path = ("/" + base + "/" + sub).replaceAll("/+", "/");
        path = path.replaceAll("\\{(\\w+)\\s*:[^}]*}", "{$1}");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    /** The whole of docs/SECURITY.md. */
    public static String render(Path root) {
        List<String> roles = List.copyOf(roles(root).values());
        StringBuilder md = new StringBuilder();
        md.append("# Security: who may call what (R-SEC2)\n\n")
                .append(
                        "Generated from the code by `system-tests/.../SecurityDoc.java` (the `@RolesAllowed` and `@PermitAll`\n")
                .append(
                        "annotations of every resource; `SecurityDocTest` fails when this file differs from them). Do not edit by\n")
                .append("hand: change the annotation, then regenerate with\n")
                .append("`mvn -o -q -pl system-tests test -Dtest=SecurityDocTest -Doms.security.regenerate=true`.\n\n")
                .append(
                        "`x`: the role may call the endpoint. Every `/api` and `/admin` endpoint needs a bearer token of the realm\n")
                .append(
                        "`oms`: 401 without one, 403 with a token that has none of the row's roles. Each service's `SecurityTest`\n")
                .append(
                        "calls every row with the real Keycloak token of every demo user (`deploy/keycloak/oms-realm.json`,\n")
                .append(
                        "password `demo`) and of the `oms-storefront` client, and anonymously. `trainee` is a marker on top of\n")
                .append(
                        "a user's working roles (R-T1: the demo `trainee` is also `reviewer` and `order-clerk`), never a grant\n")
                .append(
                        "of its own. `no`: the code refuses that role even with a granted one (a trainee cannot confirm a\n")
                .append(
                        "decision, R-T1). Other checks inside an operation (which data a role sees, a staff member reading\n")
                .append("only their own KPIs) are in the service's doc.\n\n")
                .append(
                        "Outside the table: `/q/health/*` is open (probes); in production `/q/openapi`, `/q/swagger-ui` and\n")
                .append(
                        "`/q/metrics` need role `admin` or `monitoring` (the kit's `microprofile-config.properties`).\n")
                .append(
                        "Abuse limits (body size, JSON depth and string length, webhook rate limits): [service-kit.md](service-kit.md).\n");
        for (Service service : Service.values()) {
            table(md, service.module + " (" + service.port + ")", endpoints(root, service.module), roles);
        }
        table(md, "every service: the kit's admin endpoints", endpoints(root, KIT), roles);
        return md.toString();
    }

    private static void table(StringBuilder md, String title, List<Endpoint> endpoints, List<String> roles) {
        md.append("\n## ").append(title).append("\n\n| method | path |");
        roles.forEach(r -> md.append(' ').append(r).append(" |"));
        md.append(" code |\n|---|---|");
        roles.forEach(r -> md.append("---|"));
        md.append("---|\n");
        List<Endpoint> open = new ArrayList<>();
        for (Endpoint e : endpoints) {
            md.append("| ").append(e.method()).append(" | `").append(e.path()).append("` |");
            for (String role : roles) {
                md.append(e.denied().contains(role) ? " no |" : e.roles().contains(role) ? " x |" : "  |");
            }
            md.append(' ')
                    .append(java.util.Arrays.stream(e.source().split(", "))
                            .map(c -> "`" + c + "`")
                            .collect(Collectors.joining(", ")))
                    .append(" |\n");
            if (e.isOpen()) {
                open.add(e);
            }
        }
        if (!open.isEmpty()) {
            md.append("\nWithout a token (`@PermitAll`):\n");
            for (Endpoint e : open) {
                md.append("- ")
                        .append(e.method())
                        .append(" `")
                        .append(e.path())
                        .append("`: ")
                        .append(e.open())
                        .append('\n');
            }
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
