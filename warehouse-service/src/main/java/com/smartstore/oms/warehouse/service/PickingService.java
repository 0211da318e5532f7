package com.smartstore.oms.warehouse.service;

import com.smartstore.oms.contracts.events.ShortageReason;
import com.smartstore.oms.kit.domain.Refusal;
import com.smartstore.oms.kit.outbox.Outbox;
import com.smartstore.oms.warehouse.domain.Allocation;
import com.smartstore.oms.warehouse.domain.Backorder;
import com.smartstore.oms.warehouse.domain.Parcel;
import com.smartstore.oms.warehouse.domain.PickList;
import com.smartstore.oms.warehouse.domain.PickListLine;
import com.smartstore.oms.warehouse.domain.PickListStatus;
import com.smartstore.oms.warehouse.domain.StockChanges;
import com.smartstore.oms.warehouse.repository.OrderDecisionRepository;
import com.smartstore.oms.warehouse.repository.OrderRecordRepository;
import com.smartstore.oms.warehouse.repository.PickListRepository;
import com.smartstore.oms.warehouse.repository.StockRepository;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.UUID;

/**
 * Picking and packing (R-W3). Confirming records the units found per line: they leave the shelf, units not found
 * are written off and backordered for the order (a SHORT_PICK shortage). Packing records the parcels and only then
 * publishes {@code picked} for shipping: one per pick list, with the units picked.
 */
@ApplicationScoped
public class PickingService {
    private final PickListRepository pickLists;
    private final StockRepository stocks;
    private final ShortageReporter shortages;
    private final OrderRecordRepository records;
    private final OrderDecisionRepository decisions;
    private final Outbox outbox;
    private final Clock clock;

    public PickingService(
            PickListRepository pickLists,
            StockRepository stocks,
            ShortageReporter shortages,
            OrderRecordRepository records,
            OrderDecisionRepository decisions,
            Outbox outbox,
            Clock clock) {
        this.records = records;
        this.decisions = decisions;
        this.pickLists = pickLists;
        this.stocks = stocks;
        this.shortages = shortages;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Units found for a line, named by its number or by its SKU (then spread over that SKU's lines in order). */
    public record PickedLine(Integer lineNo, String sku, int quantity) {}

    /** The pick list after the call, its parcels (empty until packed) and the backorder of a short pick, if any. */
    public record Result(PickList pickList, List<Parcel> parcels, Backorder shortPick) {}

    /**
     * Confirms an open pick list with the units found (null or empty: every line in full; lines not named: in full);
     * with parcel weights it is packed in the same call (the older one-step confirmation). 404 unknown, 409 unless
     * OPEN, 409 while the order is held or rejected (issue 17), 422 for a line that does not exist or more units than
     * listed. The clock is read once the stock rows are locked.
     */
    @WithTransaction
    public Uni<Result> confirm(UUID id, List<PickedLine> picked, List<BigDecimal> parcelWeights, String user) {
        // The order, then the pick list, then its stock rows: the order in which the event consumers lock, so a
        // hold or rejection of the order and this pick are serialised and never deadlock.
        return lock(id).chain(list -> stocks.lockInWarehouse(
                        list.warehouse, list.quantitiesBySku().keySet())
                .chain(rows -> {
                    Map<Integer, Integer> byLine = resolve(list, picked == null ? List.of() : picked);
                    StockChanges changes = new StockChanges(rows, clock.instant());
                    Instant now = changes.now;
                    list.confirm(user, now, byLine);
                    changes.take(list, user);
                    SortedMap<String, Integer> missing = list.missingBySku();
                    Backorder backorder =
                            missing.isEmpty() ? null : Backorder.shortPick(list, Allocation.lines(missing), now);
                    List<Parcel> parcels = parcelWeights != null && list.status == PickListStatus.PICKED
                            ? list.pack(user, now, parcelWeights)
                            : List.of();
                    List<Object> created = new ArrayList<>(changes.movements);
                    created.addAll(parcels);
                    if (backorder != null) {
                        created.add(backorder);
                    }
                    return stocks.getSession()
                            .chain(s -> s.persistAll(created.toArray()))
                            .chain(() -> parcels.isEmpty()
                                    ? Uni.createFrom().voidItem()
                                    : outbox.add(list.toPickedEvent(parcels)))
                            .chain(() -> Sequence.each(changes.changed, stock -> outbox.add(stock.toEvent())))
                            .chain(() ->
                                    shortages.report(missing.keySet(), ShortageReason.SHORT_PICK, list.warehouse, now))
                            .replaceWith(new Result(list, parcels, backorder));
                }));
    }

    /**
     * Packs a picked list into parcels (numbered from 1; none given: one of unknown weight) and publishes
     * {@code picked} with the units picked. 404 unknown, 409 unless PICKED, 409 while the order is held or rejected.
     */
    @WithTransaction
    public Uni<Result> pack(UUID id, List<BigDecimal> parcelWeights, String user) {
        return lock(id).chain(list -> {
            List<Parcel> parcels = list.pack(user, clock.instant(), parcelWeights);
            return pickLists
                    .getSession()
                    .chain(s -> s.persistAll(parcels.toArray()))
                    .chain(() -> outbox.add(list.toPickedEvent(parcels)))
                    .replaceWith(new Result(list, parcels, null));
        });
    }

    /**
     * The pick list, locked after its order's lock, once review's newest decision on the order lets it go on:
     * 404 unknown, 409 ({@code order-on-hold}, {@code order-rejected}) while a hold or rejection is the newest
     * decision (issue 17). Other closed lists are left to their own status check.
     */
    private Uni<PickList> lock(UUID id) {
        return pickLists
                .orderOf(id)
                .onItem()
                .ifNull()
                .failWith(() -> Refusal.notFound("Pick list", id))
                .chain(records::lockOrder)
                .chain(() -> pickLists.lockWithLines(id))
                .chain(list -> decisions.findById(list.orderId).map(decision -> {
                    // A list the rejection released answers with the rejection too: that is why it is closed.
                    if (decision != null && (list.status.inProgress() || list.status == PickListStatus.REJECTED)) {
                        decision.requireFulfilment(list.status == PickListStatus.PICKED ? "packed" : "picked");
                    }
                    return list;
                }));
    }

    /**
     * Units found per line number, from lines named by number or by SKU; 422 for what the list does not have, naming
     * the request's line ({@code lines[1].sku}).
     */
    static Map<Integer, Integer> resolve(PickList list, List<PickedLine> picked) {
        Map<Integer, Integer> byLine = new HashMap<>();
        for (int i = 0; i < picked.size(); i++) {
            PickedLine p = picked.get(i);
            String field = "lines[" + i + "]";
            if (p.lineNo() != null) {
                PickListLine line = list.lines.stream()
                        .filter(l -> l.lineNo == p.lineNo() && (p.sku() == null || l.sku.equals(p.sku())))
                        .findFirst()
                        .orElseThrow(() -> Refusal.unprocessable(
                                "unknown-line",
                                "%s: pick list %s has no line %d%s"
                                        .formatted(
                                                p.sku() == null ? field + ".lineNo" : field,
                                                list.id,
                                                p.lineNo(),
                                                p.sku() == null ? "" : " of SKU '" + p.sku() + "'")));
                requireAtMost(list, p, field, line.quantity);
                byLine.put(line.lineNo, p.quantity());
                continue;
            }
            List<PickListLine> lines =
                    list.lines.stream().filter(l -> l.sku.equals(p.sku())).toList();
            if (p.sku() == null || lines.isEmpty()) {
                throw Refusal.unprocessable(
                        "unknown-line",
                        "%s.sku: pick list %s has no line of SKU '%s'; name a line by its lineNo or its sku"
                                .formatted(field, list.id, p.sku()));
            }
            requireAtMost(
                    list, p, field, lines.stream().mapToInt(l -> l.quantity).sum());
            int left = p.quantity();
            for (PickListLine line : lines) {
                int take = Math.min(left, line.quantity);
                byLine.put(line.lineNo, take);
                left -= take;
            }
        }
        return byLine;
    }

    private static void requireAtMost(PickList list, PickedLine p, String field, int listed) {
        if (p.quantity() > listed) {
            throw Refusal.unprocessable(
                    "picked-more-than-listed",
                    "%s.quantity: pick list %s lists %d of %s; %d cannot be picked for it"
                            .formatted(
                                    field,
                                    list.id,
                                    listed,
                                    p.sku() != null ? p.sku() : "line " + p.lineNo(),
                                    p.quantity()));
        }
    }
}
