package com.smartstore.oms.kit.rest;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.smartstore.oms.kit.domain.Refusal;
import com.smartstore.oms.kit.inbox.Failures;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every failure of a request into the shared {@link ApiError} body with the right status. */
public class ErrorMappers {
    private static final Logger LOG = Logger.getLogger(ErrorMappers.class);
    private static final String RETRY_AFTER_SECONDS = "5";

    @ServerExceptionMapper
    public Response apiException(ApiException e) {
        return respond(e.status(), ApiError.of(e.error(), e.getMessage()));
    }

    /** A rule's refusal, answered with its kind's status: the one place a {@link Refusal} becomes HTTP. */
    @ServerExceptionMapper
    public Response refusal(Refusal e) {
        return respond(status(e.kind()), ApiError.of(e.code(), e.getMessage()));
    }

    static int status(Refusal.Kind kind) {
        return switch (kind) {
            case INVALID -> 400;
            case UNAUTHENTICATED -> 401;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case UNPROCESSABLE -> 422;
        };
    }

    @ServerExceptionMapper
    public Response badParameter(BadParameterException e) {
        int status = e.getResponse().getStatus();
        String error = switch (status) {
            case 404 -> "not-found";
            case 415 -> "unsupported-media-type";
            default -> "bad-parameter";
        };
        return respond(status, ApiError.of(error, e.getMessage()));
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e) {
        List<ApiError.FieldProblem> details = e.getConstraintViolations().stream()
                .map(v -> new ApiError.FieldProblem(fieldPath(v), v.getMessage()))
                .sorted(Comparator.comparing(ApiError.FieldProblem::field))
                .toList();
        String fields =
                details.stream().map(ApiError.FieldProblem::field).distinct().collect(Collectors.joining(", "));
        return respond(400, new ApiError("validation-failed", "The request has invalid fields: " + fields, details));
    }

    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e) {
        return unreadableJson(e);
    }

    @ServerExceptionMapper
    public Response unparseableJson(JsonParseException e) {
        return unreadableJson(e);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e) {
        String path = jsonPath(e);
        String where = path.isEmpty() ? "" : " at " + path;
        return respond(
                400,
                ApiError.of(
                        "malformed-json",
                        "The request body is not valid JSON for this endpoint" + where + ": " + jsonProblem(e)));
    }

    /**
     * What is wrong with a JSON document, as the caller can act on it: {@code lines[0].quantity: Unexpected character}
     * ({@code body: ...} when the problem is the document as a whole). For code that reads JSON itself (webhooks).
     */
    public static String describe(JsonProcessingException e) {
        String path = jsonPath(e);
        return (path.isEmpty() ? "body" : path) + ": " + jsonProblem(e);
    }

    private static String jsonPath(JsonProcessingException e) {
        StreamReadException broken = brokenJson(e);
        if (broken != null) {
            return jsonPath(broken.getProcessor().getParsingContext());
        }
        return e instanceof JsonMappingException mapping ? referencePath(mapping) : "";
    }

    /** {@code lines[0].name}: the field as the caller wrote it, never our class names. */
    static String referencePath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String jsonProblem(JsonProcessingException e) {
        return e.getOriginalMessage() == null
                ? "unreadable"
                : withoutPackages(e.getOriginalMessage().split("\n")[0]);
    }

    /** The syntax error (or duplicate key) behind a failure, with the parser that met it; null for other failures. */
    private static StreamReadException brokenJson(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof StreamReadException read && read.getProcessor() != null) {
                return read;
            }
        }
        return null;
    }

    /** Where the parser was when the JSON broke (a syntax error, a duplicate key): {@code lines[0].quantity}. */
    static String jsonPath(JsonStreamContext context) {
        List<JsonStreamContext> chain = new ArrayList<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            chain.add(0, c);
        }
        StringBuilder path = new StringBuilder();
        for (JsonStreamContext c : chain) {
            if (c.inArray()) {
                path.append('[').append(Math.max(0, c.getCurrentIndex())).append(']');
            } else if (c.getCurrentName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(c.getCurrentName());
            }
        }
        return path.toString();
    }

    /**
     * {@code `java.math.BigDecimal`} -> {@code `BigDecimal`}: Jackson's messages name Java types in full; its limits
     * also say which Java method set them ({@code , from `StreamReadConstraints.getMaxStringLength()`}).
     */
    static String withoutPackages(String message) {
        return message.replaceAll(", from `[^`]*`", "")
                .replaceAll("\\b(?:[a-z_][a-z0-9_]*\\.)+([A-Z][A-Za-z0-9_]*\\$)?([A-Z][A-Za-z0-9_]*)", "$2");
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e);
        }
        if (status == 400 && e.getCause() instanceof JsonProcessingException json) {
            // Quarkus wraps broken JSON in a bare 400; the caller needs to know where it broke.
            return unreadableJson(json);
        }
        String error = Response.Status.fromStatusCode(status) == null
                ? "http-" + status
                : Response.Status.fromStatusCode(status).name().toLowerCase().replace('_', '-');
        return respond(status, ApiError.of(error, e.getMessage()));
    }

    /**
     * Every unmapped failure: a database or broker that is down, refusing connections or busy answers 503 with
     * {@code Retry-After} (the transaction rolled back; the same request later works: R-SEC5), anything else 500
     * with an incident id and nothing internal in the body.
     */
    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        if (Failures.isUniqueViolation(e)) {
            // Two requests created the same thing at once (a product, a blacklist entry): the loser learns it exists.
            return respond(409, ApiError.of("already-exists", "It was created by another request at the same moment"));
        }
        if (Failures.classify(e) == Failures.Kind.TRANSIENT) {
            LOG.warnf("answering 503: %s", e);
            return Response.status(503)
                    .header("Retry-After", RETRY_AFTER_SECONDS)
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(ApiError.of(
                            "temporarily-unavailable",
                            "The service cannot reach its database right now; nothing was changed." + " Try again in "
                                    + RETRY_AFTER_SECONDS + " seconds"))
                    .build();
        }
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "unexpected error, incident %s", incident);
        return respond(
                500,
                ApiError.of(
                        "internal-error",
                        "Something went wrong on our side; quote incident " + incident + " when you report it"));
    }

    private static Response respond(int status, ApiError body) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(body)
                .build();
    }

    /**
     * The name the caller knows a resource method's parameter by: its {@code @QueryParam}, {@code @PathParam} or
     * {@code @HeaderParam} ({@code Idempotency-Key}, not the Java name {@code key}), or {@code body} for the entity.
     */
    private static String parameterName(ConstraintViolation<?> violation, List<Path.Node> nodes, Path.Node parameter) {
        Path.MethodNode method = nodes.stream()
                .filter(n -> n.getKind() == ElementKind.METHOD)
                .map(n -> n.as(Path.MethodNode.class))
                .findFirst()
                .orElse(null);
        if (method == null || violation.getRootBeanClass() == null) {
            return parameter.getName();
        }
        int index = parameter.as(Path.ParameterNode.class).getParameterIndex();
        Class<?>[] types = method.getParameterTypes().toArray(Class<?>[]::new);
        for (Class<?> type = violation.getRootBeanClass(); type != null; type = type.getSuperclass()) {
            Annotation[][] annotations;
            try {
                annotations = type.getDeclaredMethod(method.getName(), types).getParameterAnnotations();
            } catch (NoSuchMethodException e) {
                continue;
            }
            if (Arrays.stream(annotations).allMatch(a -> a.length == 0)) {
                // An override the container generated (CDI subclass): the resource class declares the annotations.
                continue;
            }
            for (Annotation a : annotations[index]) {
                if (a instanceof QueryParam q) {
                    return q.value();
                } else if (a instanceof PathParam p) {
                    return p.value();
                } else if (a instanceof HeaderParam h) {
                    return h.value();
                }
            }
            return "body";
        }
        return parameter.getName();
    }

    /** {@code create.request.lines[0].quantity} -> {@code lines[0].quantity}: the path as the caller wrote it. */
    private static String fieldPath(ConstraintViolation<?> violation) {
        List<Path.Node> all = StreamSupport.stream(violation.getPropertyPath().spliterator(), false)
                .toList();
        Path.Node last = all.isEmpty() ? null : all.get(all.size() - 1);
        if (last != null && last.getKind() == ElementKind.PARAMETER) {
            // A parameter itself is invalid: name it as the caller sent it.
            return parameterName(violation, all, last);
        }
        List<Path.Node> nodes = all.stream()
                .filter(n -> n.getKind() == ElementKind.PROPERTY || n.getKind() == ElementKind.CONTAINER_ELEMENT)
                .toList();
        if (nodes.isEmpty()) {
            return "body";
        }
        StringBuilder path = new StringBuilder();
        for (Path.Node node : nodes) {
            // A node inside a list carries the index of the element it belongs to: lines[0].quantity.
            if (node.isInIterable() && !path.isEmpty()) {
                path.append('[')
                        .append(node.getIndex() != null ? node.getIndex() : node.getKey())
                        .append(']');
            }
            if (node.getName() != null && !node.getName().startsWith("<")) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(node.getName());
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }
}
