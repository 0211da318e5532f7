package com.smartstore.oms.shipping.service;

import com.smartstore.oms.kit.pii.PiiCipher;
import com.smartstore.oms.shipping.config.ShippingConfig;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Encrypts the name and address columns of rows written before encryption at rest (R-SEC1, {@code V9}): SQL cannot
 * encrypt with the application's keys, so those rows kept their plaintext until written again. A value without the
 * kit's {@code <keyId>:<base64>} form ({@code Encrypted}) is read as plaintext; this job, run shortly after startup and
 * then every {@code oms.shipping.reencrypt-interval} (1 hour), seals such values with the active key, at most
 * {@code oms.shipping.reencrypt-batch-size} (500) per column and round. Each update names the plaintext it replaces,
 * so a value the application changed meanwhile is left to it (it writes it encrypted anyway) and several instances
 * may run it at once. Values are never logged.
 */
@ApplicationScoped
public class PlaintextReencryption {
    private static final Logger LOG = Logger.getLogger(PlaintextReencryption.class);

    /** The converter's sealed form ({@code Encrypted.SEALED}), as a PostgreSQL regular expression. */
    static final String SEALED = "^[A-Za-z0-9_.-]+:[A-Za-z0-9+/]+=*$";

    /** A table's key column and its encrypted columns (the country stays plain). */
    record Columns(String table, String key, List<String> columns) {}

    static final List<Columns> ENCRYPTED = List.of(
            new Columns(
                    "order_info",
                    "order_id",
                    List.of(
                            "customer_name",
                            "ship_recipient",
                            "ship_line1",
                            "ship_line2",
                            "ship_city",
                            "ship_region",
                            "ship_postal_code")),
            new Columns(
                    "shipment",
                    "id",
                    List.of(
                            "ship_recipient",
                            "ship_line1",
                            "ship_line2",
                            "ship_city",
                            "ship_region",
                            "ship_postal_code")));

    private final PiiCipher cipher;
    private final int batchSize;

    public PlaintextReencryption(PiiCipher cipher, ShippingConfig config) {
        this.cipher = cipher;
        this.batchSize = config.reencryptBatchSize();
    }

    @Scheduled(
            identity = "shipping-reencrypt-plaintext",
            delayed = "${oms.shipping.reencrypt-delay:30s}",
            every = "${oms.shipping.reencrypt-interval:1h}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return reencrypt()
                .invoke(n -> {
                    if (n > 0) {
                        LOG.infof("encrypted %d plaintext name or address values written before encryption at rest", n);
                    }
                })
                .replaceWithVoid();
    }

    /** One round now (the scheduled one, or a test's): returns how many values it encrypted. */
    public Uni<Integer> reencrypt() {
        List<Uni<Integer>> rounds = ENCRYPTED.stream()
                .flatMap(t -> t.columns().stream().map(c -> column(t, c)))
                .toList();
        return Multi.createFrom()
                .iterable(rounds)
                .onItem()
                .transformToUniAndConcatenate(round -> round)
                .collect()
                .with(java.util.stream.Collectors.summingInt(Integer::intValue));
    }

    @SuppressWarnings("unchecked")
    private Uni<Integer> column(Columns table, String column) {
        String select = "select cast(" + table.key() + " as text), " + column + " from " + table.table() + " where "
                + column + " is not null and " + column + " !~ :sealed limit :limit";
        String update = "update " + table.table() + " set " + column + " = :value where " + table.key()
                + " = cast(:key as uuid) and " + column + " = :old";
        return Panache.withTransaction(() -> Panache.getSession()
                .chain(s -> s.createNativeQuery(select, Object[].class)
                        .setParameter("sealed", SEALED)
                        .setParameter("limit", batchSize)
                        .getResultList()
                        .chain(rows -> Multi.createFrom()
                                .iterable((List<Object[]>) (List<?>) rows)
                                .onItem()
                                .transformToUniAndConcatenate(row -> s.createNativeQuery(update)
                                        .setParameter("value", cipher.encrypt((String) row[1]))
                                        .setParameter("key", row[0])
                                        .setParameter("old", row[1])
                                        .executeUpdate())
                                .collect()
                                .with(java.util.stream.Collectors.summingInt(Integer::intValue)))));
    }
}
