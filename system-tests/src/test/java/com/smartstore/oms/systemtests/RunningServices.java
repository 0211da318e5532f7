package com.smartstore.oms.systemtests;

import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts the six packaged services once for all system tests (ports 18081-18086), against the test
 * infrastructure test.sh started (Kafka 19092, the `_test` databases, Keycloak), and stops them at the end.
 * {@code -Doms.test.port-offset} (default 10000) and {@code -Doms.test.db-suffix} (default {@code _test}) run a
 * second set beside them, e.g. offset 20000 on the {@code oms_<service>_fuzz} databases. With
 * {@code -Doms.test.services=running} the services are already running at that offset (started by hand while working
 * on a test) and are neither started nor stopped.
 */
public class RunningServices implements BeforeAllCallback, ExtensionContext.Store.CloseableResource {
    static final int PORT_OFFSET = Integer.getInteger("oms.test.port-offset", 10_000);
    /** The services' databases are {@code oms_<service><suffix>}. */
    static final String DB_SUFFIX = System.getProperty("oms.test.db-suffix", "_test");
    /** The webhook secrets the system tests sign with, per source, and of payment provider {@code stripe}. */
    static final String GENERIC_WEBHOOK_SECRET = "system-test-generic-secret";

    static final String SHOPIFY_WEBHOOK_SECRET = "system-test-shopify-secret";
    static final String WOOCOMMERCE_WEBHOOK_SECRET = "system-test-woocommerce-secret";
    static final String STRIPE_SECRET = "system-test-stripe-secret";
    /** Carrier CTT's tracking webhook secret (shipping). */
    static final String CTT_WEBHOOK_SECRET = "system-test-ctt-secret";
    /** Every consumer delays each event by up to this much, so events meet in every order (Interleavings). */
    static final String INBOX_JITTER = "150ms";

    private static final Map<Service, Process> PROCESSES = new EnumMap<>(Service.class);
    private static boolean started;
    private static Path root;
    private static Path logs;

    @Override
    public synchronized void beforeAll(ExtensionContext context) throws Exception {
        if (started) {
            return;
        }
        started = true;
        if ("running".equals(System.getProperty("oms.test.services"))) {
            return;
        }
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).put(RunningServices.class.getName(), this);
        root = repoRoot();
        logs = root.resolve("system-tests/target/service-logs");
        Files.createDirectories(logs);
        for (Service service : Service.values()) {
            PROCESSES.put(service, launch(root, service, logs));
        }
        for (Service service : Service.values()) {
            awaitReady(service);
        }
    }

    static Path repoRoot() {
        return Path.of(System.getProperty("oms.repo.root", ".."))
                .toAbsolutePath()
                .normalize();
    }

    private static void awaitReady(Service service) {
        HttpClient http = HttpClient.newHttpClient();
        // -Doms.test.start-seconds: more patience on a crowded machine (default 180 s).
        await().atMost(Duration.ofSeconds(Long.getLong("oms.test.start-seconds", 180)))
                .pollInterval(Duration.ofMillis(500))
                .failFast(
                        "%s exited; see %s".formatted(service.module, logs.resolve(service.module + ".log")),
                        () -> !PROCESSES.get(service).isAlive())
                .until(() -> ready(http, service));
    }

    /** SIGKILL: the service gets no chance to finish anything (the chaos test's crash). */
    static synchronized void kill(Service service) {
        Process process = PROCESSES.get(service);
        process.destroyForcibly();
        try {
            process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Starts a killed service again without waiting for it (the chaos run watches it come up). */
    static void launch(Service service) {
        synchronized (RunningServices.class) {
            try {
                PROCESSES.put(service, launch(root, service, logs));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** True while the service's process runs. */
    static boolean running(Service service) {
        Process process = PROCESSES.get(service);
        return process != null && process.isAlive();
    }

    private static Process launch(Path root, Service service, Path logs) throws IOException {
        Path jar = root.resolve(service.module + "/target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: the services are packaged before system-tests runs");
        }
        String db = "oms_" + service.name().toLowerCase() + DB_SUFFIX;
        List<String> command = new ArrayList<>(List.of(
                javaBin(),
                "-Xmx256m",
                "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1",
                "-Dquarkus.http.port=" + (service.port + PORT_OFFSET),
                "-Doms.db.name=" + db,
                "-Dquarkus.datasource.password=oms",
                "-Dkafka.bootstrap.servers=" + System.getProperty("oms.test.kafka", "127.0.0.1:19092"),
                "-Dquarkus.oidc.auth-server-url=" + System.getProperty("oms.test.keycloak", "http://127.0.0.1:8180")
                        + "/realms/oms",
                "-Doms.intake.pseudonym-key=system-test-key",
                // The module tests' keys (service-kit's %test profile): these services share their databases.
                "-Doms.pii.active-key=test1",
                "-Doms.pii.keys.test1=dGVzdC1vbmx5LXBpaS1rZXktMzItYnl0ZXMtbG9uZyE=",
                "-Doms.pii.hash-key=test-only-pii-hash-key",
                "-Doms.intake.webhooks.generic.secret=" + GENERIC_WEBHOOK_SECRET,
                "-Doms.intake.webhooks.shopify.secret=" + SHOPIFY_WEBHOOK_SECRET,
                "-Doms.intake.webhooks.woocommerce.secret=" + WOOCOMMERCE_WEBHOOK_SECRET,
                "-Doms.intake.payment-providers.stripe.secret=" + STRIPE_SECRET,
                "-Doms.shipping.carriers.ctt.webhook-secret=" + CTT_WEBHOOK_SECRET,
                "-Doms.inbox.jitter-max=" + INBOX_JITTER,
                // The production profile with the repository's test secrets: allowed for tests only (kit DemoSecrets).
                "-Doms.security.allow-demo-secrets=true",
                // FuzzIT reads every service's /q/openapi, which production locks to admin and monitoring tokens.
                "-Doms.management.policy=permit",
                "-jar",
                jar.toString()));
        File log = logs.resolve(service.module + ".log").toFile();
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log))
                .start();
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static boolean ready(HttpClient http, Service service) {
        return OmsClient.healthy(http, service.port + PORT_OFFSET, "ready");
    }

    @Override
    public void close() throws InterruptedException {
        for (Process process : PROCESSES.values()) {
            process.destroy();
        }
        for (Process process : PROCESSES.values()) {
            if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
