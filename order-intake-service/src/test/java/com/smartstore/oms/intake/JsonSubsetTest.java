package com.smartstore.oms.intake;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The fixture comparison itself: it must fail on any difference the expectation names, or the fixtures prove nothing. */
class JsonSubsetTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static void check(String expected, String actual) throws Exception {
        JsonSubset.assertContains(JSON.readTree(expected), JSON.readTree(actual), "$");
    }

    @Test
    void namedFieldsMustBeEqualOthersAreNotLookedAt() throws Exception {
        assertThatCode(() -> check(
                        "{\"a\": 63.5, \"b\": null, \"c\": [{\"d\": \"x\"}]}",
                        "{\"a\": 63.50, \"c\": [{\"d\": \"x\", \"e\": 1}], \"z\": true}"))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> check("{\"a\": 63.5}", "{\"a\": 63.51}")).hasMessageContaining("$.a");
        assertThatThrownBy(() -> check("{\"b\": null}", "{\"b\": 1}")).hasMessageContaining("$.b");
        assertThatThrownBy(() -> check("{\"c\": [1]}", "{\"c\": [1, 2]}")).hasMessageContaining("$.c");
        assertThatThrownBy(() -> check("{\"d\": \"1\"}", "{\"d\": 1}")).hasMessageContaining("$.d");
        assertThatThrownBy(() -> check("{\"e\": {\"f\": false}}", "{}")).hasMessageContaining("$.e");
    }
}
