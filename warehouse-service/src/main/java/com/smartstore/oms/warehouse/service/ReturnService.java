package com.smartstore.oms.warehouse.service;

import com.smartstore.oms.contracts.events.Disposition;
import com.smartstore.oms.contracts.events.ReturnReceived;
import com.smartstore.oms.kit.inbox.PermanentEventFailure;
import com.smartstore.oms.warehouse.domain.MovementType;
import com.smartstore.oms.warehouse.domain.ReturnedItem;
import com.smartstore.oms.warehouse.domain.Stock;
import com.smartstore.oms.warehouse.repository.OrderRecordRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jboss.logging.Logger;

/**
 * Returned goods received by the returns desk: RESELLABLE items go back on the shelf of the receiving warehouse
 * (RETURN_RESTOCK), serving waiting orders first as a goods receipt does (R-W6); the others are recorded, not
 * restocked. Each return is handled once, whatever event id it comes under. Runs inside the inbox's transaction.
 */
@ApplicationScoped
public class ReturnService {
    private static final Logger LOG = Logger.getLogger(ReturnService.class);

    private final OrderRecordRepository records;
    private final ReceiptService receipts;
    private final Clock clock;

    public ReturnService(OrderRecordRepository records, ReceiptService receipts, Clock clock) {
        this.records = records;
        this.receipts = receipts;
        this.clock = clock;
    }

    public Uni<Void> receive(ReturnReceived received) {
        if (!Stock.CODE.matcher(received.warehouse()).matches()
                || received.items().stream()
                        .anyMatch(i -> !Stock.CODE.matcher(i.sku()).matches())) {
            return Uni.createFrom()
                    .failure(new PermanentEventFailure("return " + received.returnId()
                            + " names a warehouse or SKU that is not a valid code: " + received.warehouse() + " "
                            + received.items().stream()
                                    .map(ReturnReceived.Item::sku)
                                    .toList()));
        }
        Instant now = clock.instant();
        return records.claimReturn(received.returnId(), now).chain(fresh -> {
            if (!fresh) {
                LOG.infof("return %s was handled already; skipping", received.returnId());
                return Uni.createFrom().voidItem();
            }
            SortedMap<String, Integer> resellable = new TreeMap<>();
            Object[] items = received.items().stream()
                    .map(item -> {
                        boolean restock = item.disposition() == Disposition.RESELLABLE;
                        if (restock) {
                            resellable.merge(item.sku(), item.quantity(), Integer::sum);
                        }
                        return item(received, item, restock);
                    })
                    .toArray();
            return Panache.getSession()
                    .chain(s -> s.persistAll(items))
                    .chain(() -> resellable.isEmpty()
                            ? Uni.createFrom().voidItem()
                            : receipts.restockAndServe(
                                            received.warehouse(),
                                            resellable,
                                            MovementType.RETURN_RESTOCK,
                                            received.orderId(),
                                            "return " + received.returnId(),
                                            received.receivedBy())
                                    .replaceWithVoid());
        });
    }

    private static ReturnedItem item(ReturnReceived received, ReturnReceived.Item item, boolean restocked) {
        ReturnedItem row = new ReturnedItem();
        row.returnId = received.returnId();
        row.orderId = received.orderId();
        row.warehouse = received.warehouse();
        row.sku = item.sku();
        row.quantity = item.quantity();
        row.disposition = item.disposition();
        row.restocked = restocked;
        row.note = item.note();
        row.receivedBy = received.receivedBy();
        row.receivedAt = received.receivedAt();
        return row;
    }
}
