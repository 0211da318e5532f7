package com.smartstore.oms.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The restore drill of R-SEC4 (issue 15), short enough for every test run: while orders come in, deploy/backup.sh
 * backs up every service database; more orders are acknowledged; intake's database is destroyed; deploy/restore.sh
 * refuses a damaged dump, then restores intake's from the backup; intake starts again. Every order acknowledged before
 * the backup began is back, and the history checker finds every guarantee intact for them. Orders acknowledged after
 * the backup are the recovery point's loss in intake (docs/OPERATIONS.md): intake answers 404 for them while the
 * services downstream still hold them.
 */
@ExtendWith(RunningServices.class)
class RestoreDrillIT {
    private static final String KAFKA = System.getProperty("oms.test.kafka", "127.0.0.1:19092");

    private final OrderFlow flow = new OrderFlow(new OmsClient(
            System.getProperty("oms.test.keycloak", "http://127.0.0.1:8180"), RunningServices.PORT_OFFSET));
    private final Path root = RunningServices.repoRoot();
    private final Path backups = root.resolve("system-tests/target/backups");

    @Test
    void aDestroyedDatabaseIsRestoredWithEveryOrderAcknowledgedBeforeTheBackup() throws Exception {
        String sku = flow.stockedProduct("Drill mug", "white", "9.50", 1000, 1000);
        List<UUID> beforeBackup = Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < 3; i++) {
            beforeBackup.add(place(sku));
        }

        // Load: a client keeps placing orders while the backup runs.
        Map<UUID, Instant> duringBackup = new java.util.concurrent.ConcurrentHashMap<>();
        AtomicBoolean loading = new AtomicBoolean(true);
        Thread load = new Thread(() -> {
            while (loading.get()) {
                UUID id = place(sku);
                duringBackup.put(id, Instant.now());
            }
        });
        load.start();
        Instant backupStart = Instant.now();
        String out = script(Map.of("OMS_BACKUP_DIR", backups.toString(), "OMS_BACKUP_KEEP", "2"), "deploy/backup.sh");
        loading.set(false);
        load.join();
        // What was acknowledged before the backup began must be in it (pg_dump reads a snapshot taken when it starts).
        List<UUID> ackedBeforeBackupStart = new ArrayList<>(beforeBackup);
        duringBackup.forEach((id, acked) -> {
            if (acked.isBefore(backupStart)) {
                ackedBeforeBackupStart.add(id);
            }
        });
        Path backup = Path.of(out.strip().lines().reduce((a, b) -> b).orElseThrow());
        assertThat(backup.resolve("SHA256SUMS")).exists();
        try (Stream<Path> dumps = Files.list(backup)) {
            assertThat(dumps.filter(p -> p.toString().endsWith(".dump"))).hasSize(6);
        }

        List<UUID> afterBackup = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            afterBackup.add(place(sku));
        }
        // Review has decided every order (intake shows the decision) before intake's database goes.
        Map<UUID, String> decided = new java.util.HashMap<>();
        for (UUID id : concat(ackedBeforeBackupStart, afterBackup)) {
            decided.put(id, awaitDecided(id));
        }

        String intakeDb = "oms_intake" + RunningServices.DB_SUFFIX;
        RunningServices.kill(Service.INTAKE);
        script(Map.of(), "deploy/local/postgres.sh", "drop", intakeDb);

        // A damaged dump is refused and nothing is restored.
        Path damaged = backups.resolve("damaged");
        Files.createDirectories(damaged);
        Files.copy(
                backup.resolve("SHA256SUMS"),
                damaged.resolve("SHA256SUMS"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        byte[] dump = Files.readAllBytes(backup.resolve(intakeDb + ".dump"));
        dump[dump.length / 2] ^= 1;
        Files.write(damaged.resolve(intakeDb + ".dump"), dump);
        assertThat(exitCode(List.of("deploy/restore.sh", "--from", damaged.toString(), intakeDb)))
                .as("restore of a damaged dump")
                .isNotZero();

        // Restored, and intake's consumer group replays what it consumed after the backup began.
        script(
                Map.of("OMS_KAFKA_BOOTSTRAP", KAFKA),
                "deploy/restore.sh",
                "--from",
                backup.toString(),
                "--replay",
                "order-intake-service",
                intakeDb);
        RunningServices.launch(Service.INTAKE);
        HttpClient http = HttpClient.newHttpClient();
        await().atMost(Duration.ofSeconds(Long.getLong("oms.test.start-seconds", 180)))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> OmsClient.healthy(http, Service.INTAKE.port + RunningServices.PORT_OFFSET, "ready"));

        // Every order acknowledged before the backup is back, with review's decision (replayed where it came later).
        for (UUID id : ackedBeforeBackupStart) {
            assertThat(awaitDecided(id)).as("order " + id).isEqualTo(decided.get(id));
        }
        // The recovery point: intake's database is as it was at the backup.
        for (UUID id : afterBackup) {
            assertThat(flow.client()
                            .get(Service.INTAKE, "/api/orders/" + id, "customer-service")
                            .status())
                    .isEqualTo(404);
        }
        HistoryChecker.Verdict verdict = new HistoryChecker(
                        System.getProperty("oms.test.jdbc", "jdbc:postgresql://127.0.0.1:5432/"),
                        RunningServices.DB_SUFFIX,
                        KAFKA)
                .check(ackedBeforeBackupStart);
        System.out.println("restore drill: backup " + backup.getFileName() + " started " + backupStart + ", "
                + duringBackup.size() + " orders placed while it ran; verdict " + verdict);
        assertThat(verdict.violations()).as(verdict.toString()).isEmpty();
        // The restored audit log's chain is intact.
        assertThat(flow.client()
                        .get(Service.INTAKE, "/api/audit/verify", "admin")
                        .expect(200)
                        .body()
                        .path("intact")
                        .asBoolean())
                .isTrue();
    }

    private static List<UUID> concat(List<UUID> a, List<UUID> b) {
        List<UUID> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** The order's status in intake once review has decided it (anything but RECEIVED). */
    private String awaitDecided(UUID id) {
        return await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> flow.order(id).path("status").asText(), status -> !"RECEIVED".equals(status));
    }

    private UUID place(String sku) {
        String customer = UUID.randomUUID().toString().substring(0, 8);
        return UUID.fromString(flow.placeOrder(OrderFlow.cashOnDelivery(OrderFlow.order(
                        "Drill Customer " + customer,
                        "drill-" + customer + "@example.com",
                        List.of(OrderFlow.line(sku, "Drill mug", 1, "9.50")),
                        "9.50")))
                .get("id")
                .asText());
    }

    /** Runs a command in the repository with the suite's database suffix; fails unless it exits 0; its output. */
    private String script(Map<String, String> env, String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile());
        builder.environment().put("OMS_DB_SUFFIX", RunningServices.DB_SUFFIX);
        builder.environment().putAll(env);
        Path log = root.resolve("system-tests/target/service-logs/restore-drill.log");
        builder.redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Process p = builder.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor())
                .as(String.join(" ", command) + " (see " + log + ")")
                .isZero();
        return out;
    }

    private int exitCode(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command)
                .directory(root.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        root.resolve("system-tests/target/service-logs/restore-drill.log")
                                .toFile()))
                .start();
        return p.waitFor();
    }
}
