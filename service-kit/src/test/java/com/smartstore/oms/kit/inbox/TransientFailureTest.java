package com.smartstore.oms.kit.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Future;
import java.net.ConnectException;
import org.junit.jupiter.api.Test;

/** Which failures the inbox retries in place instead of dead-lettering. */
class TransientFailureTest {

    @Test
    void connectionTroubleAndAClosingPoolAreRetriedWhereverTheyAreInTheChain() {
        assertThat(Inbox.isTransient(new RuntimeException(new ConnectException("refused"))))
                .isTrue();
        Throwable poolClosed = Future.failedFuture("Pool closed").cause();
        assertThat(Inbox.isTransient(new RuntimeException("handler failed", poolClosed)))
                .isTrue();
    }

    @Test
    void businessFailuresAreNot() {
        assertThat(Inbox.isTransient(new PermanentEventFailure("unknown sku"))).isFalse();
        assertThat(Inbox.isTransient(new IllegalArgumentException("Pool closed")))
                .isFalse();
    }
}
