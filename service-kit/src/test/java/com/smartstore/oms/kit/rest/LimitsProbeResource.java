package com.smartstore.oms.kit.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

/** Endpoints of the kit's test application under the paths {@link RequestLimits} guards. */
@Path("/")
@PermitAll
public class LimitsProbeResource {

    /** A webhook as the services have them: the raw body, authenticated by the service itself. */
    @POST
    @Path("/webhooks/kit-probe")
    @Consumes(MediaType.WILDCARD)
    public Map<String, Integer> webhook(byte[] body) {
        return Map.of("bytes", body == null ? 0 : body.length);
    }

    /** An API endpoint with a JSON body. */
    @POST
    @Path("/api/kit-probe")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Integer> api(Map<String, Object> body) {
        return Map.of("fields", body == null ? 0 : body.size());
    }
}
