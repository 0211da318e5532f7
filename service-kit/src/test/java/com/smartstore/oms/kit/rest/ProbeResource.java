package com.smartstore.oms.kit.rest;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A test endpoint taking what real ones take (a JSON body, path and query parameters that reach the database). */
@Path("/kit/probe")
@PermitAll
public class ProbeResource {
    public record Line(@NotBlank String sku, @Positive int quantity) {}

    public record Note(@NotBlank String text) {}

    public record Order(
            @NotBlank String customer, @NotNull @Valid List<@NotNull @Valid Line> lines) {}

    public enum Colour {
        RED,
        BLUE
    }

    private final Pool pool;

    public ProbeResource(Pool pool) {
        this.pool = pool;
    }

    @POST
    public Order echo(@NotNull @Valid Order order) {
        return order;
    }

    @POST
    @Path("/notes")
    public Note note(@NotNull @Valid Note note) {
        return note;
    }

    /** Two methods on one path that differ in what they consume: JAX-RS reads the Content-Type to choose. */
    @POST
    @Path("/pack")
    @Consumes(MediaType.APPLICATION_JSON)
    public Note pack(@Valid Note note) {
        return note;
    }

    @POST
    @Path("/pack")
    public Note packWithoutBody() {
        return new Note("none");
    }

    /** Notes with this text: the path parameter goes into a query as it came. */
    @GET
    @Path("/{text}")
    public Uni<Map<String, Object>> count(
            @PathParam("text") String text,
            @QueryParam("like") @Size(max = 20) String pattern,
            @QueryParam("size") @DefaultValue("10") int size,
            @QueryParam("colour") Colour colour,
            @QueryParam("id") UUID id,
            @QueryParam("flag") boolean flag) {
        return pool.preparedQuery("select count(*) from kit_note where text = $1 or text like $2")
                .execute(Tuple.of(text, pattern == null ? "" : pattern))
                .map(rows -> Map.of("notes", rows.iterator().next().getLong(0), "size", size, "flag", flag));
    }
}
