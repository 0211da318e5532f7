package com.smartstore.oms.kit.audit;

import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jboss.logging.Logger;

/**
 * Chains the audit log's new rows (R-SEC3): every {@code oms.audit.seal-interval} (1 s) the committed rows without a
 * place in the chain get their position and hash, in insertion order ({@code oms_audit_seal}, one sealer at a time
 * across instances). Writers only insert, so an audited change never waits for another one or deadlocks on the log;
 * a row is tamper-evident from its sealing on, a second after its commit.
 */
@ApplicationScoped
public class AuditSealer {
    private static final Logger LOG = Logger.getLogger(AuditSealer.class);
    private static final int BATCH = 1000;

    private final AgroalDataSource dataSource;

    public AuditSealer(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Scheduled(
            identity = "oms-audit-seal",
            every = "${oms.audit.seal-interval:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            seal();
        } catch (SQLException e) {
            LOG.warnf("audit log: sealing new rows failed (%s); trying again at the next run", e.getMessage());
        }
    }

    /** Seals every committed row that has no place yet; answers how many. */
    public long seal() throws SQLException {
        long total = 0;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement seal = connection.prepareStatement("select oms_audit_seal(?)")) {
            connection.setAutoCommit(true);
            seal.setInt(1, BATCH);
            int sealed;
            do {
                try (ResultSet result = seal.executeQuery()) {
                    result.next();
                    sealed = result.getInt(1);
                }
                total += sealed;
            } while (sealed == BATCH);
        }
        return total;
    }
}
