package com.smartstore.oms.analytics.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Each step of an order's life names the order_timeline column that holds when it first happened. */
class StepTest {

    @Test
    void eachStepNamesItsOwnTimelineColumn() {
        assertThat(Step.RECEIVED.column()).isEqualTo("received_at");
        assertThat(Step.RETURN_REQUESTED.column()).isEqualTo("return_requested_at");
        assertThat(Arrays.stream(Step.values()).map(Step::column))
                .doesNotHaveDuplicates()
                .allMatch(c -> c.endsWith("_at"));
    }
}
