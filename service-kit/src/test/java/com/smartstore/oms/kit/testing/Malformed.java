package com.smartstore.oms.kit.testing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;

/**
 * A few malformed requests against an endpoint that reads a JSON body, as an attacker or a broken client sends them
 * (issue 15): broken JSON and JSON nested 100 deep (400 {@code malformed-json}), a body over the API's size limit (413
 * {@code payload-too-large}, before it is read) and a body that is not JSON (415). Each answer is the shared error body
 * and names no Java class, package or exception.
 */
public final class Malformed {
    /** What an answer must not show: a package-qualified name or an exception's class name. */
    private static final String INTERNALS =
            "\\b(java|javax|jakarta|io|org|com|sun)\\.[a-z]+\\.|Exception|\\bat [a-z]+\\.";

    private Malformed() {}

    /** {@code user}, who may call the endpoint, sends each malformed request to it ({...} in the path: random ids). */
    public static void check(String method, String pathTemplate, String user) {
        String path = pathTemplate.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
        expect(send(user, method, path, "application/json", "{\"lines\": [{\"sku\": "), 400, "malformed-json");
        expect(
                send(user, method, path, "application/json", "{\"a\":".repeat(100) + "1" + "}".repeat(100)),
                400,
                "malformed-json");
        expect(
                send(user, method, path, "application/json", "{\"a\":\"" + "x".repeat(200 * 1024) + "\"}"),
                413,
                "payload-too-large");
        expect(send(user, method, path, "text/plain", "hello"), 415, null);
    }

    /** A webhook delivery over the webhook size limit: 413 before the body is read or its signature checked. */
    public static void checkWebhook(String path) {
        expect(
                send(null, "POST", path, "application/json", "{\"a\":\"" + "x".repeat(600 * 1024) + "\"}"),
                413,
                "payload-too-large");
        Response unsigned = send(null, "POST", path, "application/json", "{\"id\": ");
        assertThat(unsigned.statusCode())
                .as(path + " unsigned: " + unsigned.asString())
                .isBetween(400, 499);
        assertThat(unsigned.asString()).doesNotContainPattern(INTERNALS);
    }

    private static Response send(String user, String method, String path, String type, String body) {
        RequestSpecification request = given().redirects().follow(false);
        if (user != null) {
            request = request.auth().oauth2(Tokens.of(user));
        }
        return request.contentType(type).body(body).request(method, path);
    }

    private static void expect(Response response, int status, String error) {
        String body = response.asString();
        assertThat(response.statusCode()).as(body).isEqualTo(status);
        assertThat(response.contentType()).as("the shared error body: " + body).startsWith("application/json");
        if (error != null) {
            assertThat(response.jsonPath().getString("error")).as(body).isEqualTo(error);
        } else {
            assertThat(response.jsonPath().getString("error")).as(body).isNotBlank();
        }
        assertThat(body).as("no internals").doesNotContainPattern(INTERNALS);
    }
}
