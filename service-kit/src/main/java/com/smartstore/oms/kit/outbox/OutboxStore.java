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

    /** The oldest unpublished rows, in commit-sequence order. */
    public static List<PendingEvent> pending(Connection connection, int limit) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("""
                select seq, id, topic, event_key, ce_type, ce_source, ce_subject, ce_time, payload
                  from outbox
                 where published_at is null
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

    private OutboxStore() {}
}
