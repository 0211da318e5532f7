package com.smartstore.oms.systemtests.fuzz;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.smartstore.oms.systemtests.fuzz.ApiCatalogue.Operation;
import com.smartstore.oms.systemtests.fuzz.Cases.Case;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Sends seeded fuzz cases and checks each answer: never a 5xx and never a hang (10 s); a 4xx answers the kit's error
 * body ({@code error}, {@code message}) that names the damaged field, and leaves the target service's tables as they
 * were. Case {@code i} of seed {@code s} is the same case in every run ({@link #random}).
 */
public final class Fuzzer {
    static final Duration TIMEOUT = Duration.ofSeconds(10);
    /**
     * Refusals by the HTTP server or the security layer before any OMS code runs: they carry no error body. So does the
     * HTTP server's 400 for a request line it cannot parse (a malformed percent escape, a raw space or control byte:
     * requests only {@link RawHttp} sends). Every other 4xx, 404 and 405 of unknown routes included, is the kit's JSON.
     */
    static final Set<Integer> WITHOUT_BODY = Set.of(401, 403, 413, 414, 431);
    /** Refusals that need not name a field: who you are, what does not exist, what clashes, what is not JSON. */
    static final Set<Integer> NEED_NO_FIELD = Set.of(401, 403, 404, 405, 409, 413, 414, 415, 431);

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern DOCUMENT_LIMIT =
            Pattern.compile("(Number value length|nesting depth) \\(\\d+\\) exceeds the maximum allowed");
    private static final int STORAGE_ATTEMPTS = 7;
    /** A 5xx, a hang, a wrong status for a token or signature, or a stored row is never waived. */
    private static final Set<String> WAIVABLE = Set.of("error body", "names");

    private final List<Operation> operations;
    private final Cases cases;
    private final Storage storage;
    private final int portOffset;
    private final Map<String, Set<String>> waivers;
    private final Report report = new Report();
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    public Fuzzer(
            List<Operation> operations,
            Cases cases,
            Storage storage,
            int portOffset,
            Map<String, Set<String>> waivers) {
        this.operations = operations;
        this.waivers = waivers;
        this.cases = cases;
        this.storage = storage;
        this.portOffset = portOffset;
    }

    /** The random of case {@code index}: the same case whatever ran before it. */
    static Random random(long seed, int index) {
        return new Random(seed * 1_000_003L + index);
    }

    /** Runs cases {@code from} (inclusive) to {@code to} (exclusive) of the seed. */
    public Report run(long seed, int from, int to) {
        for (int i = from; i < to; i++) {
            Random random = random(seed, i);
            Operation op = pickOperation(random);
            Case c = cases.make(op, random);
            check(i, c);
        }
        return report;
    }

    /**
     * Operations that take a body weigh more (most damage goes there), webhooks most (their bodies have hundreds of
     * fields), the kit's admin endpoints (the same code in every service) less.
     */
    private Operation pickOperation(Random random) {
        int total = 0;
        for (Operation op : operations) {
            total += weight(op);
        }
        int at = random.nextInt(total);
        for (Operation op : operations) {
            at -= weight(op);
            if (at < 0) {
                return op;
            }
        }
        throw new IllegalStateException();
    }

    private static int weight(Operation op) {
        if (op.template().startsWith("/admin/")) {
            return 1;
        }
        if (op.open()) {
            return 10;
        }
        return op.hasBody() ? 5 : 3;
    }

    private void check(int index, Case c) {
        Answer answer;
        Map<String, String> before;
        try {
            before = storage.snapshot(c.op().service());
            answer = send(c);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        report.count(c.op().key(), c.family(), answer.status());
        if (answer.status() < 0) {
            fail(index, c, answer, "hang", answer.error());
            return;
        }
        if (answer.status() >= 500) {
            fail(index, c, answer, "5xx", "a " + answer.status() + " answer");
            return;
        }
        if (answer.status() < 400) {
            return;
        }
        if (c.expected() != null && answer.status() != c.expected()) {
            fail(index, c, answer, "status", "expected " + c.expected() + " for " + c.what());
        }
        JsonNode error = answer.json();
        boolean errorBody = error != null
                && error.path("error").isTextual()
                && error.path("message").isTextual();
        boolean serverRefusal = WITHOUT_BODY.contains(answer.status()) || answer.raw() && answer.status() == 400;
        if (!errorBody && !serverRefusal) {
            fail(index, c, answer, "error body", "a " + answer.status() + " without the error body {error, message}");
        } else if (errorBody
                && !NEED_NO_FIELD.contains(answer.status())
                && !c.names().isEmpty()
                && !names(error, c.names())) {
            fail(index, c, answer, "names", "the refusal does not name " + c.names());
        }
        storedNothing(index, c, answer, before);
    }

    /**
     * The target service's tables are unchanged by the refused request. Consumers write in the background, so when
     * they changed the request is sent again (a refused request must be refusable again) until a quiet window shows
     * the same state before and after, or the attempts run out.
     */
    private void storedNothing(int index, Case c, Answer first, Map<String, String> before) {
        try {
            Map<String, String> after = storage.snapshot(c.op().service());
            for (int attempt = 1; !Storage.differences(before, after).isEmpty(); attempt++) {
                if (attempt == STORAGE_ATTEMPTS) {
                    fail(index, c, first, "storage", "stored something: " + Storage.differences(before, after));
                    return;
                }
                report.storageRetried();
                Thread.sleep(50L << attempt);
                before = storage.snapshot(c.op().service());
                Answer again = send(c);
                after = storage.snapshot(c.op().service());
                if (again.status() < 400 || again.status() >= 500) {
                    // Accepted or broken the second time: a different story, told by other cases.
                    return;
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Whether the refusal names one of the fields. Jackson checks two limits of the whole document while it reads
     * tokens, before it knows which field it is in: the length of a number (1000 digits) and the nesting depth (32);
     * their refusals say which limit instead.
     */
    private static boolean names(JsonNode error, List<String> names) {
        if (DOCUMENT_LIMIT.matcher(error.path("message").asText()).find()) {
            return true;
        }
        StringBuilder text = new StringBuilder(error.path("message").asText());
        error.path("details")
                .forEach(d -> text.append(' ')
                        .append(d.path("field").asText())
                        .append(' ')
                        .append(d.path("problem").asText()));
        return names.stream()
                .anyMatch(name -> Pattern.compile("(?<![A-Za-z0-9])" + Pattern.quote(name) + "(?![A-Za-z0-9])")
                        .matcher(text)
                        .find());
    }

    /** A broken property; the error body and naming of an operation may be waived (seeds.json says why). */
    private void fail(int index, Case c, Answer answer, String check, String problem) {
        Report.Failure failure =
                new Report.Failure(index, c.op().key(), c.what(), problem, describe(c), answer.describe());
        if (WAIVABLE.contains(check)
                && waivers.getOrDefault(c.op().key(), Set.of()).contains(check)) {
            report.waive(failure);
        } else {
            report.fail(failure);
        }
    }

    private static String describe(Case c) {
        Cases.Request r = c.request();
        StringBuilder out = new StringBuilder(r.method()).append(' ').append(Cases.shorten(r.target()));
        r.headers().forEach((k, v) -> {
            if (!k.equals("Authorization")) {
                out.append(" | ").append(k).append(": ").append(Cases.shorten(v));
            }
        });
        if (r.body() != null) {
            out.append(" | body (").append(r.body().length).append(" bytes): ").append(excerpt(r.body()));
        }
        return out.toString();
    }

    static String excerpt(byte[] bytes) {
        String text = new String(bytes, 0, Math.min(bytes.length, 300), UTF_8);
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (cp < 0x20 || cp == 0x7f || cp == 0xFFFD || (cp >= 0xE000 && cp <= 0xF8FF)) {
                out.append(String.format("\\u%04x", cp));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out + (bytes.length > 300 ? "..." : "");
    }

    /** An answer, or status -1 and why there was none; {@code raw} when sent over a plain socket. */
    record Answer(int status, byte[] body, String error, boolean raw) {
        Answer(int status, byte[] body, String error) {
            this(status, body, error, false);
        }

        JsonNode json() {
            try {
                return body == null || body.length == 0 ? null : JSON.readTree(body);
            } catch (IOException e) {
                return null;
            }
        }

        String describe() {
            return status < 0 ? error : status + " " + (body == null ? "" : excerpt(body));
        }
    }

    private Answer sendRaw(Case c) {
        Cases.Request r = c.request();
        try {
            RawHttp.Answer answer = RawHttp.send(
                    c.op().service().port + portOffset, r.method(), r.target(), r.headers(), r.body(), TIMEOUT);
            return new Answer(answer.status(), answer.body(), null, true);
        } catch (java.net.SocketTimeoutException e) {
            return new Answer(-1, null, "no answer within " + TIMEOUT.toSeconds() + " s (a hang)", true);
        } catch (IOException e) {
            return new Answer(-1, null, "no answer: " + e, true);
        }
    }

    private Answer send(Case c) {
        Cases.Request r = c.request();
        HttpRequest.Builder request;
        try {
            request = HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + (c.op().service().port + portOffset) + r.target()))
                    .timeout(TIMEOUT)
                    .method(
                            r.method(),
                            r.body() == null
                                    ? HttpRequest.BodyPublishers.noBody()
                                    : HttpRequest.BodyPublishers.ofByteArray(r.body()));
            r.headers().forEach(request::header);
        } catch (IllegalArgumentException e) {
            // A request this client refuses to send (a malformed escape, a raw control byte): over a plain socket.
            return sendRaw(c);
        }
        Instant start = Instant.now();
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(response.statusCode(), response.body(), null);
        } catch (HttpTimeoutException e) {
            return new Answer(-1, null, "no answer within " + TIMEOUT.toSeconds() + " s (a hang)");
        } catch (IOException e) {
            if (r.body() != null && r.body().length > 1_000_000) {
                // The server may refuse an oversized body by closing the connection before reading all of it.
                return new Answer(413, null, null);
            }
            return new Answer(
                    -1,
                    null,
                    "no answer after " + Duration.between(start, Instant.now()).toMillis() + " ms: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
