package com.smartstore.oms.systemtests.fuzz;

import com.smartstore.oms.systemtests.Service;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a service has stored, to prove a refused request stored nothing: per business table the row count and the sum
 * of the rows' {@code xmin} (the writing transaction), so an insert, update or delete changes it. Read in one statement
 * (one snapshot). Left out: tables that change in the background or record refused requests on purpose.
 */
public final class Storage implements AutoCloseable {
    /**
     * Kit tables the relay, the inbox and retention write in the background ({@code outbox}, {@code processed_event},
     * {@code parked_event}, {@code dead_lettered_event}), Flyway's history, and intake's {@code webhook_delivery},
     * which keeps every authenticated delivery for audit, refused ones included.
     */
    public static final Set<String> EXCLUDED = Set.of(
            "flyway_schema_history",
            "outbox",
            "processed_event",
            "parked_event",
            "dead_lettered_event",
            "webhook_delivery");

    private final Map<Service, Connection> connections = new EnumMap<>(Service.class);
    private final Map<Service, String> queries = new EnumMap<>(Service.class);

    /** @param jdbcBase e.g. {@code jdbc:postgresql://127.0.0.1:5432/}; @param dbSuffix {@code _test} */
    public Storage(String jdbcBase, String dbSuffix) throws SQLException {
        for (Service service : Service.values()) {
            Connection c = DriverManager.getConnection(
                    jdbcBase + "oms_" + service.name().toLowerCase() + dbSuffix, "oms", "oms");
            connections.put(service, c);
            queries.put(service, query(tables(c)));
        }
    }

    public List<String> tables(Service service) throws SQLException {
        return tables(connections.get(service));
    }

    /** Table -> "rows/xmin-sum" of the service's business tables, as one snapshot. */
    public Map<String, String> snapshot(Service service) throws SQLException {
        Map<String, String> state = new LinkedHashMap<>();
        try (Statement s = connections.get(service).createStatement();
                ResultSet rs = s.executeQuery(queries.get(service))) {
            while (rs.next()) {
                state.put(rs.getString(1), rs.getLong(2) + " rows/" + rs.getString(3));
            }
        }
        return state;
    }

    /** The tables whose state differs, with before -> after. */
    public static List<String> differences(Map<String, String> before, Map<String, String> after) {
        List<String> changed = new ArrayList<>();
        for (Map.Entry<String, String> e : before.entrySet()) {
            if (!Objects.equals(e.getValue(), after.get(e.getKey()))) {
                changed.add(e.getKey() + " " + rows(e.getValue()) + " -> " + rows(after.get(e.getKey())));
            }
        }
        return changed;
    }

    private static String rows(String state) {
        return state == null ? "?" : state.substring(0, state.indexOf('/'));
    }

    private static List<String> tables(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select table_name from information_schema.tables"
                        + " where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name")) {
            while (rs.next()) {
                if (!EXCLUDED.contains(rs.getString(1))) {
                    tables.add(rs.getString(1));
                }
            }
        }
        return tables;
    }

    private static String query(List<String> tables) {
        return String.join(
                " union all ",
                tables.stream()
                        .map(t -> "select '" + t + "', count(*), coalesce(sum(xmin::text::bigint), 0)::text from " + t)
                        .toList());
    }

    @Override
    public void close() throws SQLException {
        for (Connection c : connections.values()) {
            c.close();
        }
    }
}
