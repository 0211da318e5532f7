package com.smartstore.oms.kit.inbox;

import java.net.ConnectException;
import java.net.SocketException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Set;

/**
 * Sorts a consumer's failure into transient (the database or network is down, slow or busy, or a
 * concurrent transaction got in the way: retry until it works, never dead-letter), permanent (the event
 * can never be processed: dead-letter at once) and unexpected (a bug: a few retries, then dead-letter).
 * The table is in docs/RELIABILITY.md.
 */
public final class Failures {
    /** What the inbox does with a failure. */
    public enum Kind {
        TRANSIENT,
        PERMANENT,
        UNEXPECTED
    }

    /** Exception classes known only by name, to avoid compiling against every client library's internals. */
    private static final Set<String> TRANSIENT_CLASS_NAMES = Set.of(
            "io.vertx.sqlclient.ClosedConnectionException",
            "io.vertx.core.http.ConnectionPoolTooBusyException",
            "io.vertx.core.impl.NoStackTraceTimeoutException",
            "io.netty.channel.ConnectTimeoutException",
            "jakarta.persistence.OptimisticLockException",
            "jakarta.persistence.LockTimeoutException",
            "jakarta.persistence.QueryTimeoutException",
            "org.hibernate.StaleStateException",
            "org.hibernate.QueryTimeoutException",
            "org.hibernate.exception.LockAcquisitionException",
            "org.hibernate.exception.LockTimeoutException",
            "org.hibernate.exception.JDBCConnectionException");

    public static Kind classify(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 32; t = t.getCause(), depth++) {
            if (t instanceof PermanentEventFailure) {
                return Kind.PERMANENT;
            }
            if (isTransientType(t) || isTransientSqlState(sqlState(t)) || isTransientMessage(t)) {
                return Kind.TRANSIENT;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return Kind.UNEXPECTED;
    }

    /** A unique constraint refused a row another transaction inserted first (SQLSTATE 23505). */
    public static boolean isUniqueViolation(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 32; t = t.getCause(), depth++) {
            if ("23505".equals(sqlState(t))) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    private static boolean isTransientType(Throwable t) {
        if (t instanceof ConnectException
                || t instanceof SocketException
                || t instanceof java.util.concurrent.TimeoutException
                || t instanceof java.nio.channels.ClosedChannelException
                || t instanceof SQLTransientException
                || t instanceof SQLRecoverableException) {
            return true;
        }
        for (Class<?> c = t.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
            if (TRANSIENT_CLASS_NAMES.contains(c.getName())) {
                return true;
            }
        }
        return false;
    }

    /** Vert.x and Agroal report a closing or exhausted pool without a dedicated type. */
    private static boolean isTransientMessage(Throwable t) {
        String message = t.getMessage();
        if (message == null) {
            return false;
        }
        boolean vertx = t.getClass().getName().startsWith("io.vertx.");
        return (vertx
                        && (message.equals("Pool closed")
                                || message.equals("Timeout")
                                || message.contains("Connection closed")))
                || message.startsWith("Sorry, acquisition timeout")
                || message.contains("max wait queue size");
    }

    private static String sqlState(Throwable t) {
        if (t instanceof io.vertx.pgclient.PgException pg) {
            return pg.getSqlState();
        }
        if (t instanceof SQLException sql) {
            return sql.getSQLState();
        }
        if (t instanceof org.hibernate.JDBCException jdbc) {
            return jdbc.getSQLState();
        }
        return null;
    }

    /** PostgreSQL error codes (SQLSTATE) that go away by themselves. */
    static boolean isTransientSqlState(String state) {
        return state != null
                && (state.startsWith("08") // connection exception (refused, broken, failure)
                        || state.startsWith("53") // insufficient resources (too many connections, disk full)
                        || state.startsWith("57P") // admin shutdown, crash shutdown, cannot connect now
                        || state.startsWith("58") // system / I/O error
                        || state.equals("55000") // database is not currently accepting connections
                        || state.equals("55006") // object in use (database being dropped/renamed)
                        || state.equals("55P03") // lock not available
                        || state.equals("57014") // query cancelled: statement timeout
                        || state.equals("40001") // serialisation failure
                        || state.equals("40P01") // deadlock
                        || state.equals("25006") // read-only transaction (a failover in progress)
                        || state.equals("23505")); // unique violation: a concurrent insert of the same row
    }

    private Failures() {}
}
