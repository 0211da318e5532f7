package com.smartstore.oms.kit.outbox;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The relay's JDBC access to the {@code outbox} table. */
public final class OutboxStore {

    /**
     * The oldest unpublished rows, in commit-sequence order, without parked rows and without the rows that
     * wait behind a parked row of their key (they are held until an operator retries or discards it).
     */
    public static List<PendingEvent> pending(Connection connection, int limit) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("""
                select seq, id, topic, event_key, ce_type, ce_source, ce_subject, ce_time, payload
                  from outbox o
                 where published_at is null
                   and state = 'pending'
                   and not exists (select 1 from outbox p
                                    where p.state = 'parked' and p.event_key = o.event_key and p.seq < o.seq)
                 order by seq
                 limit ?""")) {
            select.setInt(1, limit);
            List<PendingEvent> rows = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    rows.add(new PendingEvent(
                            rs.getLong(1),
                            rs.getObject(2, UUID.class),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getString(5),
                            rs.getString(6),
                            rs.getString(7),
                            rs.getTimestamp(8).toInstant(),
                            rs.getString(9)));
                }
            }
            return rows;
        }
    }

    public static void markPublished(Connection connection, List<PendingEvent> events) throws SQLException {
        if (events.isEmpty()) {
            return;
        }
        try (PreparedStatement update =
                connection.prepareStatement("update outbox set published_at = now() where id = any(?)")) {
            Array ids = connection.createArrayOf(
                    "uuid", events.stream().map(PendingEvent::id).toArray());
            update.setArray(1, ids);
            update.executeUpdate();
        }
    }

    /** A row that can never be sent as it stands: out of the relay's way until an operator acts. */
    public static void park(Connection connection, PendingEvent event, String error) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "update outbox set state = 'parked', attempts = attempts + 1, last_error = ?, parked_at = now()"
                        + " where id = ?")) {
            update.setString(1, error);
            update.setObject(2, event.id());
            update.executeUpdate();
        }
    }

    /** A failed send that will be tried again. */
    public static void recordFailure(Connection connection, PendingEvent event, String error) throws SQLException {
        try (PreparedStatement update =
                connection.prepareStatement("update outbox set attempts = attempts + 1, last_error = ? where id = ?")) {
            update.setString(1, error);
            update.setObject(2, event.id());
            update.executeUpdate();
        }
    }

    public static long parkedCount(Connection connection) throws SQLException {
        try (PreparedStatement select =
                        connection.prepareStatement("select count(*) from outbox where state = 'parked'");
                ResultSet rs = select.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private OutboxStore() {}
}
