package com.smartstore.oms.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * docs/SECURITY.md is the role matrix of the code as it is (R-SEC2, issue 15): regenerated from the annotations and
 * compared with the committed file, as ServiceListTest does for deploy/services.txt. With
 * {@code -Doms.security.regenerate=true} it writes the file instead.
 */
class SecurityDocTest {
    private static final Path ROOT = Path.of("..");

    @Test
    void theCommittedRoleMatrixIsTheCodes() throws IOException {
        Path doc = ROOT.resolve("docs/SECURITY.md");
        String generated = SecurityDoc.render(ROOT);
        if (Boolean.getBoolean("oms.security.regenerate")) {
            Files.writeString(doc, generated, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(doc, StandardCharsets.UTF_8))
                .as("docs/SECURITY.md is stale: regenerate it with"
                        + " mvn -o -q -pl system-tests test -Dtest=SecurityDocTest -Doms.security.regenerate=true")
                .isEqualTo(generated);
    }

    @Test
    void everyServiceHasEndpointsAndEveryEndpointIsGuardedOrSaysWhyNot() {
        for (Service service : Service.values()) {
            List<SecurityDoc.Endpoint> endpoints = SecurityDoc.endpoints(ROOT, service.module);
            assertThat(endpoints).as(service.module).isNotEmpty();
            for (SecurityDoc.Endpoint e : endpoints) {
                assertThat(e.isOpen() || !e.roles().isEmpty())
                        .as(e + ": neither roles nor @PermitAll (deny-unannotated-endpoints makes it unreachable)")
                        .isTrue();
                if (e.isOpen() && e.path().startsWith("/webhooks/")) {
                    assertThat(e.open()).as(e + " says how it is authenticated").containsIgnoringCase("signature");
                } else if (e.isOpen()) {
                    assertThat(e.method())
                            .as(e + ": an open endpoint that is not a webhook only reads")
                            .isEqualTo("GET");
                    assertThat(e.open()).as(e + " says why it is open").doesNotContain("no reason given");
                }
            }
        }
    }

    @Test
    void readsRolesFromConstantsAndLiteralsMethodOverClass() {
        String source = """
                /** Things. */
                @Path("/api/things")
                @RolesAllowed(Roles.ADMIN)
                public class ThingResource {
                    @GET
                    @Path("{id: [0-9]+}")
                    public Uni<Thing> get(@PathParam("id") long id) {}

                    @POST
                    @RolesAllowed({Roles.ORDER_CLERK, "quality"})
                    @WithTransaction
                    public Uni<Response> create(@QueryParam("x") String x) {}
                }
                """;
        List<SecurityDoc.Endpoint> endpoints =
                SecurityDoc.resource(source, "ThingResource", Map.of("ADMIN", "admin", "ORDER_CLERK", "order-clerk"));
        assertThat(endpoints)
                .extracting(e -> e.method() + " " + e.path() + " " + e.roles())
                .containsExactly("GET /api/things/{id} [admin]", "POST /api/things [order-clerk, quality]");
    }
}
