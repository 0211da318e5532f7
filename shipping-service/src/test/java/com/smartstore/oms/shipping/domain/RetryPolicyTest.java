package com.smartstore.oms.shipping.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
    private final RetryPolicy policy = new RetryPolicy(4, Duration.ofMinutes(1), Duration.ofMinutes(5));

    @Test
    void theWaitDoublesAfterEachFailureUpToTheMaximum() {
        assertThat(policy.backoff(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(policy.backoff(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(policy.backoff(3)).isEqualTo(Duration.ofMinutes(4));
        assertThat(policy.backoff(4)).isEqualTo(Duration.ofMinutes(5));
        assertThat(policy.backoff(60)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void attemptsRunOutAtTheMaximum() {
        assertThat(policy.mayRetry(3)).isTrue();
        assertThat(policy.mayRetry(4)).isFalse();
    }

    @Test
    void oneAttemptAndAFixedWaitAreAllowed() {
        RetryPolicy once = new RetryPolicy(1, Duration.ofMinutes(3), Duration.ofMinutes(3));
        assertThat(once.mayRetry(1)).isFalse();
        assertThat(once.backoff(1)).isEqualTo(Duration.ofMinutes(3));
        assertThat(once.backoff(2)).isEqualTo(Duration.ofMinutes(3));
    }

    @Test
    void nonsenseIsRefused() {
        assertThatThrownBy(() -> new RetryPolicy(0, Duration.ofMinutes(1), Duration.ofMinutes(1)))
                .hasMessageContaining("maxAttempts");
        assertThatThrownBy(() -> new RetryPolicy(3, Duration.ZERO, Duration.ofMinutes(1)))
                .hasMessageContaining("firstRetry");
        assertThatThrownBy(() -> new RetryPolicy(3, Duration.ofMinutes(2), Duration.ofMinutes(1)))
                .hasMessageContaining("maxRetry");
    }
}
