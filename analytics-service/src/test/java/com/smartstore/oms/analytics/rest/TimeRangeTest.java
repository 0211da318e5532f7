package com.smartstore.oms.analytics.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.smartstore.oms.kit.rest.ApiException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Report ranges: a bad or unstorable end is a 400 naming it (issue 16), never a database error. */
class TimeRangeTest {

    @Test
    void readsInstantsWithAnOffsetAndLeavesMissingEndsOpen() {
        TimeRange range = TimeRange.parse("2026-12-01T00:00:00+01:00", null);

        assertThat(range.from()).isEqualTo(Instant.parse("2026-11-30T23:00:00Z"));
        assertThat(range.to()).isNull();
    }

    @Test
    void aYearBeyond9999IsA400NamingTheParameter() {
        assertThatThrownBy(() -> TimeRange.parse(null, "+100000-01-01T00:00:00Z"))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.error()).isEqualTo("invalid-to");
                    assertThat(e.getMessage()).startsWith("to: a date must lie in the years 0001 to 9999");
                });
    }

    @Test
    void fromMustBeBeforeTo() {
        assertThatThrownBy(() -> TimeRange.parse("2026-12-02T00:00:00Z", "2026-12-01T00:00:00Z"))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.error()).isEqualTo("invalid-range"));
    }
}
