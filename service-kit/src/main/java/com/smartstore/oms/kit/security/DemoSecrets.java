package com.smartstore.oms.kit.security;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.eclipse.microprofile.config.Config;

/**
 * A service refuses to start in production with a secret or key that is published in this repository (issue 15,
 * R-SEC1): the local demo's ({@code local-demo-...}, set by {@code deploy/local/services.sh}), the dev profile's
 * ({@code dev-only-...}) or the tests' ({@code test-only-...}, {@code system-test-...}). Anyone could sign a webhook, read encrypted personal
 * data or recompute a pseudonym with them. {@code ./run.sh} runs the services in the production profile on purpose
 * and says so with {@code oms.security.allow-demo-secrets=true}; a real deployment never sets it.
 *
 * <p>Dev and test mode are not checked: their profiles carry such values by design.
 */
@ApplicationScoped
public class DemoSecrets {
    /** The property that lets a local demo run with demo secrets. */
    public static final String ALLOW = "oms.security.allow-demo-secrets";

    private static final String[] MARKERS = {"local-demo", "dev-only", "test-only", "system-test"};
    private static final String[] SECRET_WORDS = {"secret", "key", "password", "token", "credential"};

    void refuseDemoSecrets(@Observes StartupEvent started, Config config) {
        if (LaunchMode.current().isDevOrTest()
                || config.getOptionalValue(ALLOW, Boolean.class).orElse(false)) {
            return;
        }
        Map<String, String> values = new TreeMap<>();
        for (String name : config.getPropertyNames()) {
            if (isSecretName(name)) {
                readable(config, name).ifPresent(value -> values.put(name, value));
            }
        }
        TreeSet<String> found = demoValued(values);
        if (!found.isEmpty()) {
            throw new IllegalStateException("refusing to start in production with secrets or keys published in the"
                    + " repository (local demo, dev or test values): " + String.join(", ", found)
                    + ". Set your own through the environment; a local demo may set " + ALLOW + "=true");
        }
    }

    /** The names of the secrets (name to value) whose value is a demo, dev or test value. */
    static TreeSet<String> demoValued(Map<String, String> secrets) {
        TreeSet<String> found = new TreeSet<>();
        secrets.forEach((name, value) -> {
            if (isDemoValue(value)) {
                found.add(name);
            }
        });
        return found;
    }

    /**
     * Whether a property name says it holds a secret, a key, a password or a token. Only the active, dotted names
     * count: {@code %dev.}/{@code %test.} names belong to profiles that are not running, and an environment variable
     * a service uses is also listed under its dotted name.
     */
    static boolean isSecretName(String name) {
        if (name.startsWith("%") || !name.contains(".")) {
            return false;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        for (String word : SECRET_WORDS) {
            if (lower.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a value is one of the repository's demo values, as given or base64-encoded (keys are). */
    static boolean isDemoValue(String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return hasMarker(value)
                || decoded(value.trim()).map(DemoSecrets::hasMarker).orElse(false);
    }

    private static boolean hasMarker(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String marker : MARKERS) {
            if (lower.contains(marker)) {
                return true;
            }
        }
        return false;
    }

    private static Optional<String> decoded(String value) {
        try {
            return Optional.of(new String(Base64.getDecoder().decode(value), StandardCharsets.ISO_8859_1));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }

    private static Optional<String> readable(Config config, String name) {
        try {
            return config.getOptionalValue(name, String.class);
        } catch (RuntimeException unreadable) {
            // An expression that cannot be expanded is not a demo value; the property's own user reports it.
            return Optional.empty();
        }
    }
}
