package com.smartstore.oms.kit.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/**
 * Bad input through the real HTTP stack is a 4xx with the kit's error body naming what is wrong (issue 16; each case
 * was found by the system tests' fuzzer, FuzzIT).
 */
@QuarkusTest
class BadInputTest {

    @Test
    void aNulInAJsonStringIsA400NamingTheFieldNotABare400() {
        post("{\"customer\":\"Ana\",\"lines\":[{\"sku\":\"MUG\\u0000\",\"quantity\":1}]}")
                .statusCode(400)
                .body("error", equalTo("malformed-json"))
                .body("message", containsString("lines[0].sku"));
    }

    @Test
    void brokenJsonIsA400SayingWhereNotABare400() {
        post("{\"customer\":\"Ana\",\"lines\":[{\"sku\":\"MUG\",\"quantity\":}]}")
                .statusCode(400)
                .body("error", equalTo("malformed-json"))
                .body("message", containsString("lines[0].quantity"));
    }

    @Test
    void aDuplicateKeyIsA400NamingItNotA500() {
        // Once every record component is read Jackson builds the record, and has nowhere to put a second value.
        given().contentType(ContentType.JSON)
                .body("{\"text\":\"Ana\",\"text\":\"Rui\"}")
                .post("/kit/probe/notes")
                .then()
                .statusCode(400)
                .body("error", equalTo("malformed-json"))
                .body("message", containsString("text"));
        post("{\"customer\":\"Ana\",\"lines\":[],\"lines\":[]}")
                .statusCode(400)
                .body("error", equalTo("malformed-json"))
                .body("message", containsString("lines"));
        post("{\"customer\":\"Ana\",\"customer\":\"Rui\",\"lines\":[]}")
                .statusCode(400)
                .body("error", equalTo("malformed-json"))
                .body("message", containsString("customer"));
    }

    @Test
    void aStringOver64KiBIsA400NamingTheField() {
        post("{\"customer\":\"" + "x".repeat(SafeJson.MAX_STRING_LENGTH + 1) + "\",\"lines\":[]}")
                .statusCode(400)
                .body("error", equalTo("malformed-json"))
                .body("message", containsString("customer"));
    }

    @Test
    void aNulInAPathOrQueryParameterIsA400NamingTheParameter() {
        given().urlEncodingEnabled(false)
                .get("/kit/probe/a%00b")
                .then()
                .statusCode(400)
                .body("error", equalTo("bad-parameter"))
                .body("message", containsString("text"));
        given().urlEncodingEnabled(false)
                .get("/kit/probe/abc?like=%25%00")
                .then()
                .statusCode(400)
                .body("error", equalTo("bad-parameter"))
                .body("message", containsString("like"));
    }

    @Test
    void aQueryParameterOfTheWrongTypeIsA400NamingItNotA404() {
        given().get("/kit/probe/abc?size=many").then().statusCode(400).body("message", containsString("size"));
        given().get("/kit/probe/abc?colour=GREEN").then().statusCode(400).body("message", containsString("colour"));
        given().get("/kit/probe/abc?id=not-a-uuid").then().statusCode(400).body("message", containsString("id"));
        given().get("/kit/probe/abc?flag=maybe").then().statusCode(400).body("message", containsString("flag"));
        given().urlEncodingEnabled(false)
                .get("/kit/probe/abc?flag=TRUE&size=%2012")
                .then()
                .statusCode(200)
                .body("flag", equalTo(true))
                .body("size", equalTo(12));
        given().get("/kit/probe/abc").then().statusCode(200).body("flag", equalTo(false));
    }

    @Test
    void anInvalidParameterOrAMissingBodyIsNamedAsTheCallerSendsItNotByItsJavaName() {
        given().get("/kit/probe/abc?like=" + "x".repeat(21))
                .then()
                .statusCode(400)
                .body("error", equalTo("validation-failed"))
                .body("details[0].field", equalTo("like"));
        given().contentType(ContentType.JSON)
                .post("/kit/probe")
                .then()
                .statusCode(400)
                .body("details[0].field", equalTo("body"));
    }

    @Test
    void aContentTypeThatIsNotAMediaTypeIsA415NamingItNotA500() {
        given().contentType("fuzz")
                .body("{\"text\":\"a\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/kit/probe/pack")
                .then()
                .statusCode(415)
                .body("error", equalTo("unsupported-media-type"))
                .body("message", containsString("Content-Type 'fuzz"));
        given().contentType(ContentType.JSON)
                .body("{\"text\":\"a\"}")
                .post("/kit/probe/pack")
                .then()
                .statusCode(200)
                .body("text", equalTo("a"));
    }

    private static io.restassured.response.ValidatableResponse post(String body) {
        return given().contentType(ContentType.JSON)
                .body(body)
                .post("/kit/probe")
                .then();
    }
}
