package com.smartstore.oms.kit.rest;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Completes every service's OpenAPI document with what the kit guarantees but the resources do not spell out: the
 * error responses every endpoint can give ({@link ApiError} bodies: 400 for a bad body or parameter, 401/403 for a
 * missing token or role, 404 for an unknown id in the path, 409 for a change that clashes with the current state,
 * 413 for a body over the size limit, 429 with {@code Retry-After} for a webhook flood ({@link RequestLimits}), 503 with
 * {@code Retry-After} while the database or broker is unreachable), so generated clients know them.
 * Responses a resource documents itself are kept. Registered for every service by the kit's {@code mp.openapi.filter}.
 */
public class OpenApiDefaults implements OASFilter {
    static final String ERROR_SCHEMA = "ApiError";
    private static final String REF = "#/components/schemas/" + ERROR_SCHEMA;

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        if (components == null) {
            components = OASFactory.createComponents();
            openAPI.setComponents(components);
        }
        components.addSchema(ERROR_SCHEMA, errorSchema());
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths()
                .getPathItems()
                .forEach((path, item) ->
                        item.getOperations().forEach((method, operation) -> complete(path, method, operation)));
    }

    private static void complete(String path, PathItem.HttpMethod method, Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        boolean secured =
                operation.getSecurity() != null && !operation.getSecurity().isEmpty();
        if (operation.getSecurity() == null) {
            // Open on purpose (platform webhooks authenticate by the body's HMAC signature, not a token): said so
            // explicitly, so a reader and a linter do not take it for a forgotten role check.
            operation.setSecurity(new java.util.ArrayList<>());
        }
        boolean hasInput = operation.getRequestBody() != null
                || (operation.getParameters() != null
                        && !operation.getParameters().isEmpty());
        boolean changes = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
        if (hasInput) {
            add(responses, "400", "The body or a parameter is invalid; `message` and `details` name the field");
        }
        if (secured) {
            add(responses, "401", "No valid bearer token");
            add(responses, "403", "The token lacks a role this operation needs");
        }
        if (path.contains("{")) {
            add(responses, "404", "Nothing with this id");
        }
        if (operation.getRequestBody() != null) {
            add(responses, "413", "The body is larger than this endpoint takes (RequestLimits); nothing was read");
        }
        if (path.startsWith("/webhooks/")) {
            APIResponse limited = add(
                    responses,
                    "429",
                    "Too many deliveries from this address; nothing was read, retry after Retry-After");
            if (limited != null) {
                limited.addHeader(
                        "Retry-After",
                        OASFactory.createHeader()
                                .description("Seconds to wait before retrying")
                                .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)));
            }
        }
        if (changes) {
            add(responses, "409", "The change clashes with the current state (`error` says which rule)");
        }
        APIResponse unavailable = add(
                responses, "503", "The database or broker is unreachable: nothing changed, retry after Retry-After");
        if (unavailable != null) {
            unavailable.addHeader(
                    "Retry-After",
                    OASFactory.createHeader()
                            .description("Seconds to wait before retrying")
                            .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)));
        }
    }

    /** Adds the error response unless the resource documents this status itself; returns what it added. */
    private static APIResponse add(APIResponses responses, String status, String description) {
        if (responses.hasAPIResponse(status)) {
            return null;
        }
        APIResponse response =
                OASFactory.createAPIResponse().description(description).content(problemContent());
        responses.addAPIResponse(status, response);
        return response;
    }

    private static Content problemContent() {
        MediaType json = OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref(REF))
                .example(Map.of(
                        "error", "validation-failed",
                        "message", "lines[0].quantity must be greater than 0",
                        "details", List.of(Map.of("field", "lines[0].quantity", "problem", "must be greater than 0"))));
        return OASFactory.createContent().addMediaType("application/json", json);
    }

    private static Schema errorSchema() {
        Schema text = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        Schema problem = OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .addProperty("field", text)
                .addProperty("problem", text)
                .required(List.of("field", "problem"));
        return OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .description("The error body of every OMS service: a stable code, a sentence that says what to fix, "
                        + "and for validation errors one entry per bad field")
                .addProperty(
                        "error",
                        OASFactory.createSchema()
                                .addType(Schema.SchemaType.STRING)
                                .description("stable code"))
                .addProperty("message", text)
                .addProperty(
                        "details",
                        OASFactory.createSchema()
                                .addType(Schema.SchemaType.ARRAY)
                                .items(problem))
                .required(List.of("error", "message"));
    }
}
