package com.smartstore.oms.kit.rest;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses path and query parameters holding a NUL or another control character (except tab and line breaks) before
 * any service code runs: PostgreSQL cannot take 0x00 in text (a 500 before), and no parameter needs them. The JSON
 * body has the same rule ({@link SafeJson}).
 */
public class SafeParameters {

    @ServerRequestFilter
    public void refuseControlCharacters(UriInfo uri) {
        check("path parameter", uri.getPathParameters());
        check("query parameter", uri.getQueryParameters());
    }

    private static void check(String kind, MultivaluedMap<String, String> parameters) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            refuseControlCharacters(kind, parameter.getKey(), parameter.getKey());
            for (String value : parameter.getValue()) {
                refuseControlCharacters(kind, parameter.getKey(), value);
            }
        }
    }

    private static void refuseControlCharacters(String kind, String name, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f) {
                throw new BadParameterException(
                        400,
                        "%s %s must not contain control characters (found U+%04X)"
                                .formatted(kind, ParameterConverters.printable(name), (int) c));
            }
        }
    }
}
