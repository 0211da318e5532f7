package com.smartstore.oms.kit.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The one error body of every OMS service: a stable code, a sentence that says what to fix, and for
 * validation errors one entry per bad field. Never a stack trace.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ApiError(String error, String message, List<FieldProblem> details) {

    /** One bad field: its path in the request (e.g. {@code lines[0].quantity}) and what is wrong with it. */
    public record FieldProblem(String field, String problem) {}

    public static ApiError of(String error, String message) {
        return new ApiError(error, message, List.of());
    }
}
