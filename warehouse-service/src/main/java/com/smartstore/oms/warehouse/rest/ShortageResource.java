package com.smartstore.oms.warehouse.rest;

import com.smartstore.oms.kit.security.Roles;
import com.smartstore.oms.warehouse.domain.BackorderStatus;
import com.smartstore.oms.warehouse.domain.Shortages;
import com.smartstore.oms.warehouse.repository.BackorderRepository;
import com.smartstore.oms.warehouse.repository.PurchaseRequestRepository;
import com.smartstore.oms.warehouse.repository.StockRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.TreeSet;

/** Shortages for purchasing (R-W4): computed from the waiting orders and the stock, by SKU. */
@Path("/api/shortages")
public class ShortageResource {
    private final BackorderRepository backorders;
    private final StockRepository stocks;
    private final PurchaseRequestRepository requests;
    private final Clock clock;

    public ShortageResource(
            BackorderRepository backorders, StockRepository stocks, PurchaseRequestRepository requests, Clock clock) {
        this.backorders = backorders;
        this.stocks = stocks;
        this.requests = requests;
        this.clock = clock;
    }

    @GET
    @WithSession
    @RolesAllowed({Roles.PURCHASING, Roles.WAREHOUSE, Roles.MANAGER})
    public Uni<List<ShortageView>> list() {
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.systemDefault()));
        return backorders.withStatus(BackorderStatus.WAITING, null).chain(waiting -> {
            List<String> skus = new TreeSet<>(waiting.stream()
                            .flatMap(b -> b.lines.stream().map(l -> l.sku))
                            .toList())
                    .stream().toList();
            return stocks.forSkus(skus).chain(stock -> {
                List<Shortages.Shortage> shortages = Shortages.of(waiting, stock);
                return requests.openFor(
                                shortages.stream().map(Shortages.Shortage::sku).toList())
                        .map(open -> shortages.stream()
                                .map(s -> ShortageView.of(s, open, today))
                                .toList());
            });
        });
    }
}
