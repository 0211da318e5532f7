package com.smartstore.oms.kit.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Future;
import io.vertx.pgclient.PgException;
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
    void aDatabaseRefusingConnectionsShuttingDownTimingOutOrBusyIsTransientNotPoison() {
        for (String state :
                new String[] {"55000", "57P01", "57P03", "57014", "23505", "40001", "40P01", "53300", "08006"}) {
            Throwable failure = new org.hibernate.HibernateException(
                    "wrapped", new PgException("refused", "FATAL", state, "sqlstate " + state));
            assertThat(Inbox.isTransient(failure)).as("SQLSTATE " + state).isTrue();
        }
        assertThat(Inbox.isTransient(new java.sql.SQLException("Sorry, acquisition timeout!")))
                .as("Agroal pool exhausted")
                .isTrue();
        assertThat(Inbox.isTransient(new RuntimeException(new java.sql.SQLTransientConnectionException("pool"))))
                .isTrue();
        assertThat(Inbox.isTransient(new PgException("bad data", "ERROR", "22P02", "invalid input")))
                .as("invalid text representation is a bug, not an outage")
                .isFalse();
    }

    @Test
    void businessFailuresAreNot() {
        assertThat(Inbox.isTransient(new PermanentEventFailure("unknown sku"))).isFalse();
        assertThat(Inbox.isTransient(new IllegalArgumentException("Pool closed")))
                .isFalse();
    }
}
