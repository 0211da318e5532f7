package com.smartstore.oms.kit.admin;

import com.smartstore.oms.kit.rest.ApiException;
import com.smartstore.oms.kit.security.CurrentUser;
import com.smartstore.oms.kit.security.Roles;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Outbox rows the relay parked because they can never be sent as they stand (too large for the broker,
 * not serialisable): list them, send one again (after the cause was fixed, e.g. the broker's limit
 * raised), or discard it so the later events of its key flow. Admins only.
 */
@Path("/admin/outbox/parked")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class OutboxAdminResource {
    private static final Logger LOG = Logger.getLogger(OutboxAdminResource.class);

    /** A parked row as the admin sees it (the body only by size: it may hold personal data). */
    public record ParkedOutboxEvent(
            long seq,
            UUID id,
            String topic,
            String key,
            String type,
            int attempts,
            String lastError,
            OffsetDateTime parkedAt,
            int payloadBytes) {}

    /** What an admin action did to a row. */
    public record OutboxEventState(UUID id, String state) {}

    private final Pool pool;
    private final CurrentUser user;

    public OutboxAdminResource(Pool pool, CurrentUser user) {
        this.pool = pool;
        this.user = user;
    }

    @GET
    public Uni<List<ParkedOutboxEvent>> parked() {
        return pool.query("""
                        select seq, id, topic, event_key, ce_type, attempts, last_error, parked_at, octet_length(payload)
                          from outbox where state = 'parked' order by seq""").execute().map(rows -> {
            List<ParkedOutboxEvent> parked = new ArrayList<>();
            for (Row row : rows) {
                parked.add(new ParkedOutboxEvent(
                        row.getLong(0),
                        row.getUUID(1),
                        row.getString(2),
                        row.getString(3),
                        row.getString(4),
                        row.getInteger(5),
                        row.getString(6),
                        row.getOffsetDateTime(7),
                        row.getInteger(8)));
            }
            return parked;
        });
    }

    /** Hands the row back to the relay, which sends it before any later row of its key. */
    @POST
    @Path("{id}/retry")
    public Uni<OutboxEventState> retry(@PathParam("id") String id) {
        return change(id, "update outbox set state = 'pending', parked_at = null where id = $1 and state = 'parked'")
                .call(() -> pool.query("select pg_notify('oms_outbox', '')").execute())
                .map(uuid -> {
                    LOG.warnf("%s retried parked outbox event %s", user.name(), uuid);
                    return new OutboxEventState(uuid, "pending");
                });
    }

    /** Gives the row up for good (it is never published); the later rows of its key flow again. */
    @POST
    @Path("{id}/discard")
    public Uni<OutboxEventState> discard(@PathParam("id") String id) {
        return change(
                        id,
                        "update outbox set state = 'discarded', discarded_at = now() where id = $1 and state = 'parked'")
                .call(() -> pool.query("select pg_notify('oms_outbox', '')").execute())
                .map(uuid -> {
                    LOG.warnf("%s discarded parked outbox event %s: it will never be published", user.name(), uuid);
                    return new OutboxEventState(uuid, "discarded");
                });
    }

    private Uni<UUID> change(String id, String sql) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return Uni.createFrom().failure(ApiException.badRequest("bad-id", "id must be an event id (a UUID)"));
        }
        return pool.preparedQuery(sql).execute(Tuple.of(uuid)).map(rows -> {
            if (rows.rowCount() == 0) {
                throw ApiException.notFound("parked outbox event", id);
            }
            return uuid;
        });
    }
}
