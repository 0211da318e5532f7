package com.smartstore.oms.kit.rest;

import jakarta.ws.rs.core.Response.Status;

/** A caller's mistake or a refused operation, answered with its status and an {@link ApiError} body. */
public class ApiException extends RuntimeException {
    private final int status;
    private final String error;

    public ApiException(int status, String error, String message) {
        super(message);
        this.status = status;
        this.error = error;
    }

    public static ApiException notFound(String what, Object id) {
        return new ApiException(Status.NOT_FOUND.getStatusCode(), "not-found", what + " " + id + " does not exist");
    }

    public static ApiException conflict(String error, String message) {
        return new ApiException(Status.CONFLICT.getStatusCode(), error, message);
    }

    public static ApiException badRequest(String error, String message) {
        return new ApiException(Status.BAD_REQUEST.getStatusCode(), error, message);
    }

    public static ApiException unprocessable(String error, String message) {
        return new ApiException(422, error, message);
    }

    public int status() {
        return status;
    }

    public String error() {
        return error;
    }
}
