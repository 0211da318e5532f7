package com.smartstore.oms.kit.rest;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;

/**
 * Reads UUID, enum, number, boolean and date parameters and, when a value is not of its type, says which parameter
 * and what it accepts: 400 {@code bad-parameter} for a query or header parameter, 404 naming a path parameter (JAX-RS
 * alone answers a bare 404 for both, and reads any boolean that is not "true" as false).
 */
@Provider
public class ParameterConverters implements ParamConverterProvider {

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> type, Type genericType, Annotation[] annotations) {
        Parameter parameter = Parameter.of(annotations);
        if (parameter == null) {
            return null;
        }
        if (type == UUID.class) {
            return (ParamConverter<T>) parameter.converter("a UUID", UUID::fromString);
        }
        if (type.isEnum()) {
            Class<? extends Enum> enumType = (Class<? extends Enum>) type;
            return (ParamConverter<T>) parameter.converter(
                    "one of " + Arrays.toString(type.getEnumConstants()),
                    v -> Enum.valueOf(enumType, v.trim().toUpperCase(Locale.ROOT)));
        }
        if (type == Integer.class || type == int.class) {
            return (ParamConverter<T>) parameter.converter("a whole number", v -> Integer.valueOf(v.trim()));
        }
        if (type == Long.class || type == long.class) {
            return (ParamConverter<T>) parameter.converter("a whole number", v -> Long.valueOf(v.trim()));
        }
        if (type == Boolean.class || type == boolean.class) {
            return (ParamConverter<T>) parameter.converter("true or false", ParameterConverters::bool);
        }
        if (type == LocalDate.class) {
            return (ParamConverter<T>)
                    parameter.converter("a date like 2026-11-27 in the years 0001 to 9999", ParameterConverters::date);
        }
        return null;
    }

    private static LocalDate date(String value) {
        LocalDate date = LocalDate.parse(value.trim());
        if (!StorableDates.storable(date)) {
            throw new IllegalArgumentException(StorableDates.refusal(date));
        }
        return date;
    }

    private static Boolean bool(String value) {
        // 0 is also what JAX-RS passes for an absent primitive parameter.
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true", "1" -> true;
            case "false", "0" -> false;
            default -> throw new IllegalArgumentException(value);
        };
    }

    /** A value as it may appear in a message: at most 100 characters. */
    static String printable(String value) {
        return value.length() <= 100 ? value : value.substring(0, 100) + "... (" + value.length() + " characters)";
    }

    private record Parameter(String kind, String name) {
        static Parameter of(Annotation[] annotations) {
            for (Annotation a : annotations == null ? new Annotation[0] : annotations) {
                if (a instanceof QueryParam q) {
                    return new Parameter("query parameter", q.value());
                }
                if (a instanceof PathParam p) {
                    return new Parameter("path parameter", p.value());
                }
                if (a instanceof HeaderParam h) {
                    return new Parameter("header", h.value());
                }
            }
            return null;
        }

        <V> ParamConverter<V> converter(String accepts, Function<String, V> read) {
            int status = kind.equals("path parameter") ? 404 : 400;
            return new ParamConverter<>() {
                @Override
                public V fromString(String value) {
                    if (value == null) {
                        return null;
                    }
                    try {
                        return read.apply(value);
                    } catch (RuntimeException e) {
                        throw new BadParameterException(
                                status, "%s %s '%s' must be %s".formatted(kind, name, printable(value), accepts));
                    }
                }

                @Override
                public String toString(V value) {
                    return value == null ? null : value.toString();
                }
            };
        }
    }
}
