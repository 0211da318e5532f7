package com.smartstore.oms.kit.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Control characters, deep nesting and huge strings are refused as 400s that name the field (issue 16). */
class SafeJsonTest {
    record Line(String name, int quantity) {}

    record Order(String customer, List<Line> lines) {}

    private final ObjectMapper json = new ObjectMapper();
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

    private Response refused(String body) {
        assertThatThrownBy(() -> json.readValue(body, Order.class)).isInstanceOf(JsonProcessingException.class);
        try {
            json.readValue(body, Order.class);
            throw new AssertionError("accepted " + body);
        } catch (JsonProcessingException e) {
            return mappers.unreadableJson(e);
        }
    }
}
