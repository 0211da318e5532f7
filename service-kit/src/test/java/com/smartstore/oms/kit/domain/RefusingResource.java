package com.smartstore.oms.kit.domain;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/** A test endpoint that refuses with the kind it is asked for, thrown at once or as a failed {@link Uni}. */
@Path("/kit/refusals")
@PermitAll
public class RefusingResource {

    @GET
    @Path("/{kind}")
    public String refuse(@PathParam("kind") Refusal.Kind kind) {
        throw refusal(kind);
    }

    @GET
    @Path("/{kind}/later")
    public Uni<String> refuseLater(@PathParam("kind") Refusal.Kind kind) {
        return Uni.createFrom().failure(refusal(kind));
    }

    private static Refusal refusal(Refusal.Kind kind) {
        return kind == Refusal.Kind.NOT_FOUND
                ? Refusal.notFound("Shipment", 42)
                : new Refusal(kind, "refused-" + kind.name().toLowerCase(), "refused as " + kind);
    }
}
