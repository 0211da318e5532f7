package com.smartstore.oms.kit.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Query parameters a filter cannot use are 400s naming the parameter, never a 5xx further on (issue 16). */
class QueryParamsTest {

    /** Found by the fuzzer: {@code to=+999999999-12-31} parsed, and the day after it was a 500. */
    @Test
    void aDateOutsideTheYears0001To9999IsRefusedNamingTheParameter() {
        assertThatThrownBy(() -> QueryParams.date("to", "+999999999-12-31"))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.error()).isEqualTo("bad-to");
                    assertThat(e.getMessage()).startsWith("to: a date must lie in the years 0001 to 9999");
                });
        assertThat(QueryParams.date("from", "9999-12-31")).isEqualTo(LocalDate.of(9999, 12, 31));
        assertThat(QueryParams.date("from", " ")).isNull();
    }

    @Test
    void aDateThatIsNoDateIsRefusedNamingTheParameter() {
        assertThatThrownBy(() -> QueryParams.date("from", "yesterday"))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.error()).isEqualTo("bad-from"));
    }
}
