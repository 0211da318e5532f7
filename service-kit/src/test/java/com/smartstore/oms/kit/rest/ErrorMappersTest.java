package com.smartstore.oms.kit.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.Response;
import java.net.ConnectException;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/** A database that is down answers 503 with Retry-After (R-SEC5); a bug answers 500 without internals. */
class ErrorMappersTest {
    private final ErrorMappers mappers = new ErrorMappers();

    @Test
    void aDatabaseThatRefusesConnectionsAnswers503WithRetryAfter() {
        Response response = mappers.unexpected(
                new CompletionException(new ConnectException("Connection refused: /127.0.0.1:5432")));

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeaderString("Retry-After")).isEqualTo("5");
        assertThat(((ApiError) response.getEntity()).error()).isEqualTo("temporarily-unavailable");
    }

    @Test
    void aBugAnswers500WithAnIncidentAndNoClassNames() {
        Response response = mappers.unexpected(new IllegalStateException("com.example.Secret blew up"));

        assertThat(response.getStatus()).isEqualTo(500);
        ApiError body = (ApiError) response.getEntity();
        assertThat(body.message()).contains("incident").doesNotContain("Secret", "IllegalState");
    }
}
