package com.smartstore.oms.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The reduced chaos run of the suite (issue 16): a minute of steady load through REST and signed webhooks while each
 * service is killed once with SIGKILL, the broker is stopped for 15 s, review's database refuses connections for 20 s,
 * intake's for 8 s (platforms get 503 + Retry-After and retry) and poison records are injected; then the history checker must find every guarantee intact. The full run is
 * `./run.sh chaos` (docs/RELIABILITY.md).
 */
@ExtendWith(RunningServices.class)
class ChaosIT {
    private static final String KAFKA = System.getProperty("oms.test.kafka", "127.0.0.1:19092");

    private final OrderFlow flow = new OrderFlow(new OmsClient(
            System.getProperty("oms.test.keycloak", "http://127.0.0.1:8180"), RunningServices.PORT_OFFSET));

    @Test
    void everyAcknowledgedOrderSurvivesCrashesOutagesAndPoison() throws InterruptedException {
        Chaos chaos = new Chaos(
                flow,
                new TestFaults(),
                new HistoryChecker(
                        System.getProperty("oms.test.jdbc", "jdbc:postgresql://127.0.0.1:5432/"),
                        RunningServices.DB_SUFFIX,
                        KAFKA),
                KAFKA,
                RunningServices.GENERIC_WEBHOOK_SECRET);

        Chaos.Verdict verdict = chaos.run(new Chaos.Plan(
                Duration.ofSeconds(60),
                4,
                1,
                List.of(Duration.ofSeconds(15)),
                List.of(
                        new Chaos.DatabaseOutage(Duration.ofSeconds(20), List.of(Service.REVIEW)),
                        new Chaos.DatabaseOutage(Duration.ofSeconds(8), List.of(Service.INTAKE))),
                0,
                50,
                16L));

        System.out.println("chaos verdict: " + verdict);
        assertThat(verdict.history().violations()).as(verdict.toString()).isEmpty();
        assertThat(verdict.wrongAnswers()).as(verdict.toString()).isEmpty();
        // Intake's own database outage was felt by the platforms as 503 + Retry-After, then taken on retry.
        assertThat(verdict.answers()).as(verdict.toString()).containsKey("webhook 503");
        assertThat(verdict.history().counts().get("acknowledged")).isGreaterThan(100);
        assertThat(verdict.history().counts().get("poison dead-lettered")).isEqualTo(50);
    }

    /** Faults on the services RunningServices started and the test broker and databases test.sh started. */
    private static final class TestFaults implements Chaos.Faults {
        private final Path root = RunningServices.repoRoot();

        @Override
        public void kill(Service service) {
            RunningServices.kill(service);
        }

        @Override
        public void start(Service service) {
            RunningServices.launch(service);
        }

        @Override
        public boolean running(Service service) {
            return RunningServices.running(service);
        }

        @Override
        public void stopBroker() {
            script("deploy/local/kafka.sh", "stop", "test");
        }

        @Override
        public void startBroker() {
            script("deploy/local/kafka.sh", "start", "test");
        }

        @Override
        public void refuseDatabase(Service service) {
            script(
                    "deploy/local/postgres.sh",
                    "refuse",
                    "oms_" + service.name().toLowerCase() + RunningServices.DB_SUFFIX);
        }

        @Override
        public void allowDatabase(Service service) {
            script(
                    "deploy/local/postgres.sh",
                    "allow",
                    "oms_" + service.name().toLowerCase() + RunningServices.DB_SUFFIX);
        }

        private void script(String... command) {
            try {
                Process p = new ProcessBuilder(command)
                        .directory(root.toFile())
                        .redirectErrorStream(true)
                        .redirectOutput(root.resolve("system-tests/target/service-logs/chaos-faults.log")
                                .toFile())
                        .start();
                assertThat(p.waitFor()).as(String.join(" ", command)).isZero();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
