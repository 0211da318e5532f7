package com.smartstore.oms.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A small HTTP client of the OMS REST APIs, acting as the realm's demo users with real Keycloak tokens. */
public final class OmsClient {
    static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String keycloak;
    private final int portOffset;
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();

    /** A response: status and the parsed JSON body (null when there is none). */
    public record Reply(int status, JsonNode body) {
        public Reply expect(int expected) {
            if (status != expected) {
                throw new IllegalStateException("expected HTTP " + expected + " but got " + status + ": " + body);
            }
            return this;
        }

        /** The items of a list answer: every list endpoint answers one page, {@code {items, page, size, total}}. */
        public JsonNode items() {
            return body.path("items");
        }
    }

    private record Token(String value, Instant expires) {}

    /** @param portOffset added to each service's port (0 for run.sh, 10000 for the system tests) */
    public OmsClient(String keycloak, int portOffset) {
        this.keycloak = keycloak;
        this.portOffset = portOffset;
    }

    public int port(Service service) {
        return service.port + portOffset;
    }

    /** True when the service's health check ({@code live}, {@code ready}) on that port answers 200 within 5 s. */
    public static boolean healthy(HttpClient http, int port, String check) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/" + check))
                    .timeout(Duration.ofSeconds(5))
                    .build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Every item a list endpoint holds, read page after page (200 a page); each page must answer 200. */
    public List<JsonNode> all(Service service, String path, String user) {
        int size = 200;
        String separator = path.contains("?") ? "&" : "?";
        List<JsonNode> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            Reply reply = get(service, path + separator + "page=" + page + "&size=" + size, user)
                    .expect(200);
            reply.items().forEach(all::add);
            if ((long) (page + 1) * size >= reply.body().path("total").asLong()) {
                return all;
            }
        }
    }

    /**
     * A read, retried as a well-behaved client does while the service answers 503 (its database is down or
     * restarting: nothing changed, try again), for up to a minute; then the 503 is the answer.
     */
    public Reply get(Service service, String path, String user) {
        Instant giveUp = Instant.now().plusSeconds(60);
        Reply reply = send(service, path, user, "GET", null);
        while (reply.status() == 503 && Instant.now().isBefore(giveUp)) {
            Staff.pause(1_000);
            reply = send(service, path, user, "GET", null);
        }
        return reply;
    }

    public Reply post(Service service, String path, String user, Object body) {
        return send(service, path, user, "POST", body);
    }

    public Reply put(Service service, String path, String user, Object body) {
        return send(service, path, user, "PUT", body);
    }

    /** A bearer token of a demo user (password "demo"), cached until shortly before it expires. */
    public String token(String user) {
        Token token = tokens.get(user);
        if (token == null || token.expires().isBefore(Instant.now().plusSeconds(30))) {
            token = userToken(user);
            tokens.put(user, token);
        }
        return token.value();
    }

    /** A bearer token of a confidential client's service account (client credentials), cached like a user's. */
    public String clientToken(String clientId, String secret) {
        String key = "client:" + clientId;
        Token token = tokens.get(key);
        if (token == null || token.expires().isBefore(Instant.now().plusSeconds(30))) {
            token = fetchToken(
                    "grant_type=client_credentials&client_id=" + URLEncoder.encode(clientId, StandardCharsets.UTF_8)
                            + "&client_secret=" + URLEncoder.encode(secret, StandardCharsets.UTF_8));
            tokens.put(key, token);
        }
        return token.value();
    }

    private Token userToken(String user) {
        return fetchToken("grant_type=password&client_id=oms-services&client_secret=oms-services-secret&username="
                + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password=demo");
    }

    private Token fetchToken(String form) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(keycloak + "/realms/oms/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        JsonNode body = exchange(request).expect(200).body();
        return new Token(
                body.get("access_token").asText(),
                Instant.now().plusSeconds(body.get("expires_in").asLong()));
    }

    private Reply send(Service service, String path, String user, String method, Object body) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port(service) + path))
                    .timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + token(user))
                    .header("Accept", "application/json");
            if (body == null) {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            }
            return exchange(request.build());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private Reply exchange(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            String text = response.body();
            return new Reply(response.statusCode(), text == null || text.isBlank() ? null : JSON.readTree(text));
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
