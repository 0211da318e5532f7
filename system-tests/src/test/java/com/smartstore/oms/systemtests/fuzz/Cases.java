package com.smartstore.oms.systemtests.fuzz;

import static com.smartstore.oms.systemtests.fuzz.Mutations.pick;
import static java.nio.charset.StandardCharsets.UTF_8;

import com.smartstore.oms.systemtests.fuzz.ApiCatalogue.Operation;
import com.smartstore.oms.systemtests.fuzz.ApiCatalogue.Param;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Makes one fuzz case of an operation: its seed request with one kind of damage (the body, a path or query parameter,
 * a header, the token, the webhook signature), and what the answer must then name or be.
 */
public final class Cases {
    static final List<String> DEMO_USERS = List.of(
            "order-clerk",
            "sales",
            "customer-service",
            "reviewer",
            "warehouse",
            "purchasing",
            "shipping",
            "after-sales",
            "finance",
            "quality",
            "manager",
            "admin");

    /** A request as sent: method, path with query (percent-encoded), headers, body (null: none). */
    public record Request(String method, String target, Map<String, String> headers, byte[] body) {}

    /**
     * A case: the request, what was done to it ({@code family}: seed, body, path, query, header, token, signature),
     * the names a 4xx should mention (none: any message will do) and the status it must get, if one is certain.
     */
    public record Case(
            Operation op, Request request, String family, String what, List<String> names, Integer expected) {}

    private final Seeds seeds;
    private final Fixtures fixtures;
    private final Function<String, String> tokens;
    private final Map<String, String> secrets;

    /**
     * @param tokens a bearer token per demo user, or per {@code storefront} for the shop's service account
     * @param secrets signing secrets per webhook source and payment provider ({@code shopify}, ..., {@code stripe})
     */
    public Cases(Seeds seeds, Fixtures fixtures, Function<String, String> tokens, Map<String, String> secrets) {
        this.seeds = seeds;
        this.fixtures = fixtures;
        this.tokens = tokens;
        this.secrets = secrets;
    }

    public Case make(Operation op, Random random) {
        Seeds.Seed seed = seeds.seed(op, fixtures, random);
        List<String> families = new ArrayList<>();
        if (op.hasBody()) {
            families.addAll(List.of("body", "body", "body", "body", "body", "body"));
        }
        if (!op.params("path").isEmpty()) {
            families.addAll(List.of("path", "path"));
        }
        if (!op.params("query").isEmpty()) {
            families.addAll(List.of("query", "query", "query", "query"));
        }
        if (!op.params("header").isEmpty() || !seed.headers().isEmpty()) {
            families.add("header");
        }
        families.add(op.open() ? "signature" : "token");
        if (seed.sign() != null) {
            families.addAll(List.of("signature", "signature"));
        }
        String family = random.nextInt(20) == 0 ? "seed" : pick(families, random);

        Map<String, String> path = new LinkedHashMap<>(seed.path());
        Map<String, String> query = new LinkedHashMap<>();
        Map<String, String> headers = new LinkedHashMap<>(seed.headers());
        seed.query().forEach((name, value) -> query.put(name, Values.encode(value)));
        for (Param p : op.params("query")) {
            if (!query.containsKey(p.name()) && random.nextBoolean()) {
                query.put(p.name(), Values.valid(p.name(), p.schema(), random));
            }
        }
        path.replaceAll((name, value) -> Values.encode(value));
        Mutations.Body body = Mutations.unchanged(seed.body());
        String what = "seed";
        List<String> names = List.of();
        Integer expected = null;
        String user = seed.user();
        switch (family) {
            case "body" -> {
                body = Mutations.mutate(seed.body(), random);
                what = body.description();
                names = body.names();
            }
            case "path" -> {
                Param p = pick(op.params("path"), random);
                path.put(p.name(), Values.bad(p.schema(), random));
                what = "path " + p.name() + "=" + shorten(path.get(p.name()));
                names = List.of(p.name());
            }
            case "query" -> {
                Param p = pick(op.params("query"), random);
                switch (random.nextInt(6)) {
                    case 0 ->
                        query.put(
                                p.name(),
                                query.getOrDefault(p.name(), "x") + "&" + p.name() + "="
                                        + Values.bad(p.schema(), random));
                    case 1 -> query.put(p.name() + "%00", "x");
                    default -> query.put(p.name(), Values.bad(p.schema(), random));
                }
                what = "query " + p.name() + "=" + shorten(query.getOrDefault(p.name(), "(renamed)"));
                names = List.of(p.name());
            }
            case "header" -> {
                List<String> declared = new ArrayList<>(headers.keySet());
                op.params("header").forEach(p -> declared.add(p.name()));
                String name = pick(declared, random);
                headers.put(name, pick(List.of("", " ", "x".repeat(201), "x".repeat(10_000), "'\"<>%00"), random));
                what = "header " + name + "=" + shorten(headers.get(name));
                names = List.of(name);
            }
            case "token" -> {
                switch (random.nextInt(3)) {
                    case 0 -> {
                        user = null;
                        what = "no token";
                        expected = 401;
                    }
                    case 1 -> {
                        user = "garbage";
                        what = "a token that is not one";
                        expected = 401;
                    }
                    default -> {
                        List<String> others = new ArrayList<>(DEMO_USERS);
                        others.removeAll(op.roles());
                        user = others.isEmpty() ? "storefront" : pick(others, random);
                        what = "a token of " + user + ", a role the operation does not allow";
                        expected = 403;
                    }
                }
            }
            default -> {}
        }
        byte[] bytes = body.bytes();
        if (op.hasBody() && bytes != null && body.contentType() != null) {
            headers.put("Content-Type", body.contentType());
        }
        if (user != null) {
            headers.put("Authorization", "Bearer " + (user.equals("garbage") ? "not.a.token" : tokens.apply(user)));
        }
        if (seed.sign() != null) {
            String signatureFault = family.equals("signature")
                    ? sign(seed.sign(), bytes, headers, random)
                    : sign(seed.sign(), bytes, headers, null);
            if (signatureFault != null) {
                what = signatureFault;
                expected = 401;
            }
        }
        String target = op.template();
        for (Map.Entry<String, String> p : path.entrySet()) {
            target = target.replace("{" + p.getKey() + "}", p.getValue());
        }
        if (!query.isEmpty()) {
            List<String> pairs = new ArrayList<>();
            query.forEach((name, value) -> pairs.add(name + "=" + value));
            target += "?" + String.join("&", pairs);
        }
        return new Case(
                op,
                new Request(op.method(), target, headers, op.hasBody() ? bytes : null),
                family,
                what,
                names,
                expected);
    }

    /**
     * Signs the body as the source does; with a random, damages the signature in one way and returns what was done.
     */
    private String sign(String source, byte[] body, Map<String, String> headers, Random random) {
        byte[] content = body == null ? new byte[0] : body;
        String timestamp = Long.toString(Instant.now().getEpochSecond());
        String secret = secrets.get(source);
        String fault = random == null
                ? null
                : pick(
                        List.of(
                                "no signature",
                                "a signature with another secret",
                                "a signature that is not base64",
                                "a signature of another body",
                                "a stale timestamp",
                                "no timestamp",
                                "a timestamp that is not a number"),
                        random);
        // The generic order webhook and the carriers' tracking webhooks sign timestamp + "." + body.
        boolean timestamped = source.equals("generic") || source.equals("ctt");
        if (fault != null && !timestamped && fault.contains("timestamp")) {
            fault = "no signature";
        }
        if ("a stale timestamp".equals(fault)) {
            timestamp = Long.toString(Instant.now().getEpochSecond() - 3600);
        }
        byte[] signed = timestamped ? concat((timestamp + ".").getBytes(UTF_8), content) : content;
        String signature = switch (fault == null ? "" : fault) {
            case "a signature with another secret" -> hmac("not-the-secret", signed);
            case "a signature that is not base64" -> "%%%not base64%%%";
            case "a signature of another body" -> hmac(secret, concat(signed, " ".getBytes(UTF_8)));
            default -> hmac(secret, signed);
        };
        String header = switch (source) {
            case "shopify" -> "X-Shopify-Hmac-Sha256";
            case "woocommerce" -> "X-WC-Webhook-Signature";
            default -> "X-Signature";
        };
        if (!"no signature".equals(fault)) {
            headers.put(header, signature);
        }
        if (timestamped && !"no timestamp".equals(fault)) {
            headers.put("X-Signature-Timestamp", "a timestamp that is not a number".equals(fault) ? "soon" : timestamp);
        }
        return fault;
    }

    private static String hmac(String secret, byte[] content) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(UTF_8), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(content));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    static String shorten(String value) {
        return value.length() <= 60 ? value : value.substring(0, 40) + "...(" + value.length() + " chars)";
    }
}
