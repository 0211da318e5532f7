package com.smartstore.oms.warehouse.rest;

import com.smartstore.oms.kit.rest.ApiError;
import com.smartstore.oms.warehouse.domain.RefusedChange;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Answers a change a warehouse rule refused with 409 and the shared error body. */
public class RefusedChangeMapper {

    @ServerExceptionMapper
    public Response refused(RefusedChange e) {
        return Response.status(Response.Status.CONFLICT)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ApiError.of(e.code(), e.getMessage()))
                .build();
    }
}
