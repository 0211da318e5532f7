package com.smartstore.oms.kit.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses a {@code Content-Type} that is not a media type at all ({@code fuzz}, {@code json}): 415 naming the header.
 * JAX-RS parses it to choose between methods of one path that take different bodies, and failed with a 500.
 */
public class SafeContentType {

    @ServerRequestFilter(preMatching = true)
    public void refuseUnreadableContentType(ContainerRequestContext request) {
        String contentType = request.getHeaderString(HttpHeaders.CONTENT_TYPE);
        if (contentType == null || contentType.isBlank()) {
            return;
        }
        try {
            MediaType.valueOf(contentType);
        } catch (IllegalArgumentException e) {
            throw new BadParameterException(
                    415,
                    "Content-Type '%s' is not a media type; send application/json"
                            .formatted(ParameterConverters.printable(contentType)));
        }
    }
}
