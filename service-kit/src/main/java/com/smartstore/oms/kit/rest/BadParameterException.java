package com.smartstore.oms.kit.rest;

import jakarta.ws.rs.WebApplicationException;

/**
 * A path, query or header parameter that cannot be read: 400 {@code bad-parameter} naming it (a path parameter that is
 * not even of its type names nothing that exists: 404; a Content-Type that is not a media type: 415). A
 * {@link WebApplicationException}, so JAX-RS passes it on from a parameter converter as it is instead of answering a
 * bare 404.
 */
public class BadParameterException extends WebApplicationException {
    public BadParameterException(int status, String message) {
        super(message, status);
    }
}
