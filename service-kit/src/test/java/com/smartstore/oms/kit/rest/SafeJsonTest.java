package com.smartstore.oms.kit.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Control characters, deep nesting and huge strings are refused as 400s that name the field (issue 16). */
class SafeJsonTest {
    record Line(String name, int quantity) {}

    record Order(String customer, List<Line> lines) {}

    record Delivery(Instant at, LocalDate day) {}

    enum Kind {
        PHONE,
        EMAIL
    }

    record Entry(Kind kind) {}

    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());
    private final ErrorMappers mappers = new ErrorMappers();

    SafeJsonTest() {
        new SafeJson().customize(json);
    }

    @Test
    void aNulCharacterInAnyTextFieldIsA400NamingTheField() {
        String body = "{\"customer\":\"Ana\",\"lines\":[{\"name\":\"Mug\\u0000\",\"quantity\":1}]}";

        Response response = refused(body);

        assertThat(response.getStatus()).isEqualTo(400);
        ApiError error = (ApiError) response.getEntity();
        assertThat(error.error()).isEqualTo("malformed-json");
        assertThat(error.message())
                .contains("at lines[0].name: text must not contain control characters (found U+0000)")
                .doesNotContain("java.", "SafeJsonTest", "$");
    }

    @Test
    void tabsAndLineBreaksAreText() throws JsonProcessingException {
        Order order = json.readValue("{\"customer\":\"Ana\\tSilva\\r\\nRua 1\",\"lines\":[]}", Order.class);

        assertThat(order.customer()).isEqualTo("Ana\tSilva\r\nRua 1");
    }

    @Test
    void deepNestingAndHugeStringsAre400s() {
        String deep = "{\"customer\":" + "[".repeat(SafeJson.MAX_DEPTH + 5) + "]".repeat(SafeJson.MAX_DEPTH + 5) + "}";
        String huge = "{\"customer\":\"" + "x".repeat(SafeJson.MAX_STRING_LENGTH + 1) + "\",\"lines\":[]}";

        assertThat(refused(deep).getStatus()).isEqualTo(400);
        assertThat(((ApiError) refused(huge).getEntity()).message()).contains("length");
    }

    @Test
    void aWrongTypeNamesTheFieldAndNoJavaClass() {
        ApiError error = (ApiError) refused("{\"customer\":\"Ana\",\"lines\":[{\"quantity\":\"many\"}]}")
                .getEntity();

        assertThat(error.message()).contains("at lines[0].quantity").doesNotContain("java.", "SafeJsonTest$");
    }

    @Test
    void aDateBeyondTheYear9999IsA400NamingTheField() throws JsonProcessingException {
        ApiError instant = (ApiError)
                refused("{\"at\":\"+200000-01-01T00:00:00Z\"}", Delivery.class).getEntity();
        ApiError epoch =
                (ApiError) refused("{\"at\":99999999999999}", Delivery.class).getEntity();
        ApiError day =
                (ApiError) refused("{\"day\":\"+12026-01-01\"}", Delivery.class).getEntity();

        assertThat(instant.message()).contains("at at: a date must lie in the years 0001 to 9999");
        assertThat(epoch.message()).contains("at at: a date must lie in the years 0001 to 9999");
        assertThat(day.message()).contains("at day: a date must lie in the years 0001 to 9999");
        assertThat(json.readValue("{\"at\":\"9999-12-31T23:59:59Z\",\"day\":\"0001-01-01\"}", Delivery.class))
                .isEqualTo(new Delivery(Instant.parse("9999-12-31T23:59:59Z"), LocalDate.of(1, 1, 1)));
    }

    /**
     * Found by the fuzzer: Jackson reads a number, or a string of digits, as an enum constant's position, so a
     * blacklist entry of kind "0" became a PHONE entry. A kind is one of its names.
     */
    @Test
    void anEnumIsItsNameNotItsPosition() throws JsonProcessingException {
        ApiError digits = (ApiError) refused("{\"kind\":\"0\"}", Entry.class).getEntity();
        ApiError number = (ApiError) refused("{\"kind\":1}", Entry.class).getEntity();

        assertThat(digits.message()).contains("at kind");
        assertThat(number.message()).contains("at kind");
        assertThat(json.readValue("{\"kind\":\"EMAIL\"}", Entry.class)).isEqualTo(new Entry(Kind.EMAIL));
    }

    private Response refused(String body) {
        return refused(body, Order.class);
    }

    private Response refused(String body, Class<?> type) {
        assertThatThrownBy(() -> json.readValue(body, type)).isInstanceOf(JsonProcessingException.class);
        try {
            json.readValue(body, type);
            throw new AssertionError("accepted " + body);
        } catch (JsonProcessingException e) {
            return mappers.unreadableJson(e);
        }
    }
}
