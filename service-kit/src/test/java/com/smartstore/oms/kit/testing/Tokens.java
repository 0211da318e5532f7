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
