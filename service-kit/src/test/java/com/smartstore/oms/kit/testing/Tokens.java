package com.smartstore.oms.kit.testing;

import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Real access tokens from the running Keycloak for the realm's demo users (password "demo"). */
public final class Tokens {
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    /** A bearer token for a demo user, e.g. {@code Tokens.of("reviewer")}. */
    public static String of(String username) {
        return CACHE.computeIfAbsent(username, Tokens::fetch);
    }

    /**
     * A bearer token of a service account (client credentials), e.g. {@code Tokens.ofClient("oms-storefront")}
     * (role storefront) or {@code Tokens.ofClient("oms-internal-app")} (role order-clerk).
     */
    public static String ofClient(String clientId) {
        return CACHE.computeIfAbsent(
                "client:" + clientId,
                k -> given().baseUri(keycloak())
                        .formParam("grant_type", "client_credentials")
                        .formParam("client_id", clientId)
                        .formParam("client_secret", clientId + "-secret")
                        .post("/realms/oms/protocol/openid-connect/token")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("access_token"));
    }

    /** The realm roles a token carries ({@code realm_access.roles} of its payload). */
    public static java.util.List<String> realmRoles(String token) {
        String payload = new String(
                java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]),
                java.nio.charset.StandardCharsets.UTF_8);
        try {
            var roles = new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(payload)
                    .path("realm_access")
                    .path("roles");
            java.util.List<String> names = new java.util.ArrayList<>();
            roles.forEach(r -> names.add(r.asText()));
            return names;
        } catch (java.io.IOException e) {
            throw new IllegalStateException("a token whose payload is not JSON", e);
        }
    }

    private static String keycloak() {
        return System.getProperty("oms.test.keycloak", "http://127.0.0.1:8180");
    }

    private static String fetch(String username) {
        return given().baseUri(keycloak())
                .formParam("grant_type", "password")
                .formParam("client_id", "oms-services")
                .formParam("client_secret", "oms-services-secret")
                .formParam("username", username)
                .formParam("password", "demo")
                .post("/realms/oms/protocol/openid-connect/token")
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");
    }

    private Tokens() {}
}
