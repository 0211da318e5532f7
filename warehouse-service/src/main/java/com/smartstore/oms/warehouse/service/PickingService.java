package com.smartstore.oms.warehouse.service;

import com.smartstore.oms.kit.outbox.Outbox;
import com.smartstore.oms.kit.rest.ApiException;
import com.smartstore.oms.warehouse.domain.Parcel;
import com.smartstore.oms.warehouse.domain.PickList;
import com.smartstore.oms.warehouse.domain.Stock;
import com.smartstore.oms.warehouse.domain.StockMovement;
import com.smartstore.oms.warehouse.repository.PickListRepository;
import com.smartstore.oms.warehouse.repository.StockRepository;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Confirms picks (R-W3): the goods leave the shelf, and {@code picked} tells shipping the order is ready. */
@ApplicationScoped
public class PickingService {
    private final PickListRepository pickLists;
    private final StockRepository stocks;
    private final Outbox outbox;

    public PickingService(PickListRepository pickLists, StockRepository stocks, Outbox outbox) {
        this.pickLists = pickLists;
        this.stocks = stocks;
        this.outbox = outbox;
    }

    /** The confirmed pick list and its parcels. */
    public record Confirmed(PickList pickList, List<Parcel> parcels) {}

    /** Marks an open pick list picked and takes its units off on hand and reserved; refused unless it is OPEN. */
    @WithTransaction
    public Uni<Confirmed> confirm(UUID id, List<BigDecimal> parcelWeights, String user) {
        // The pick list is locked before its stock rows, as allocation does, so the two never deadlock.
        return pickLists
                .lockWithLines(id)
                .onItem()
                .ifNull()
                .failWith(() -> ApiException.notFound("Pick list", id))
                .chain(list -> {
                    Instant now = Instant.now();
                    List<Parcel> parcels = list.confirm(user, now, parcelWeights);
                    Map<String, Integer> quantities = list.quantitiesBySku();
                    return stocks.lockInWarehouse(list.warehouse, quantities.keySet())
                            .chain(rows -> {
                                Map<String, Stock> bySku = rows.stream().collect(Collectors.toMap(s -> s.sku, s -> s));
                                List<StockMovement> movements = new ArrayList<>();
                                quantities.forEach((sku, quantity) ->
                                        movements.add(bySku.get(sku).pick(quantity, list.orderId, list.id, user, now)));
                                return stocks.getSession()
                                        .chain(s -> s.persistAll(movements.toArray())
                                                .chain(() -> s.persistAll(parcels.toArray())))
                                        .chain(() -> outbox.add(list.toPickedEvent(parcels)))
                                        .chain(() -> Sequence.each(rows, stock -> outbox.add(stock.toEvent())));
                            })
                            .replaceWith(new Confirmed(list, parcels));
                });
    }
}
