package com.smartstore.oms.kit.audit;

import com.fasterxml.jackson.annotation.JsonRawValue;
import com.smartstore.oms.kit.rest.QueryParams;
import com.smartstore.oms.kit.security.Roles;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The service's audit log (R-SEC3): its rows, per order or in chain order, and the check of its hash chain. Every
 * service answers the same, so an order's history across services is the union of six answers (one service name per
 * row). Managers, customer service and admins read it; only admins run the check.
 */
@Path("/api/audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    /** One audited change: where it is in the chain, which service, when, who with which roles, what. */
    public record AuditEntry(
            Long pos,
            String service,
            OffsetDateTime at,
            String by,
            List<String> roles,
            String action,
            String orderId,
            String subject,
            @JsonRawValue String details,
            String hash) {}

    /**
     * The check of the chain: how many rows, whether all are intact, the first row that is not (and why), and the last
     * row's hash.
     */
    public record AuditVerification(
            String service, long checked, boolean intact, Long firstBroken, String reason, String head) {}

    private final Pool pool;
    private final String service;

    public AuditResource(Pool pool, @ConfigProperty(name = "quarkus.application.name") String service) {
        this.pool = pool;
        this.service = service;
    }

    /**
     * The rows about one order ({@code orderId}) or one other thing ({@code subject}: an event key, a SKU, an entry's
     * id), or the whole log; in chain order, {@code limit} rows after position {@code afterPos}; rows of the last
     * second that are not sealed into the chain yet come last, without a position or hash.
     */
    @GET
    @RolesAllowed({Roles.MANAGER, Roles.CUSTOMER_SERVICE, Roles.ADMIN})
    public Uni<List<AuditEntry>> list(
            @QueryParam("orderId") String orderId,
            @QueryParam("subject") @Size(max = 200) String subject,
            @QueryParam("afterPos") @DefaultValue("0") @Min(0) long afterPos,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(500) int limit) {
        UUID order = QueryParams.uuid("bad-order-id", "orderId", orderId);
        String about = QueryParams.blankToNull(subject);
        var query = pool.preparedQuery(
                        "select pos, occurred_at, actor, roles, action, order_id, subject, details, hash from audit_log"
                                + " where ($1::text is null or order_id = $1) and ($2::text is null or subject = $2)"
                                + " and (pos > $3 or pos is null) order by pos nulls last, id limit $4")
                .execute(Tuple.of(order == null ? null : order.toString(), about, afterPos, limit));
        return query.map(rows -> {
            List<AuditEntry> entries = new ArrayList<>();
            for (Row row : rows) {
                String roles = row.getString(3);
                entries.add(new AuditEntry(
                        row.getLong(0),
                        service,
                        row.getOffsetDateTime(1),
                        row.getString(2),
                        roles.isEmpty() ? List.of() : List.of(roles.split(",")),
                        row.getString(4),
                        row.getString(5),
                        row.getString(6),
                        row.getString(7),
                        row.getString(8)));
            }
            return entries;
        });
    }

    /** Recomputes the hash chain from its first row ({@code oms_audit_verify()}, also run by deploy/audit-verify.sh). */
    @GET
    @Path("verify")
    @RolesAllowed(Roles.ADMIN)
    public Uni<AuditVerification> verify() {
        return pool.query("select checked, first_broken, reason, head from oms_audit_verify()")
                .execute()
                .map(rows -> {
                    Row row = rows.iterator().next();
                    Long broken = row.getLong(1);
                    return new AuditVerification(
                            service, row.getLong(0), broken == null, broken, row.getString(2), row.getString(3));
                });
    }
}
