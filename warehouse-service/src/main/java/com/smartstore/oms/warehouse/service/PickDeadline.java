package com.smartstore.oms.warehouse.service;

import com.smartstore.oms.contracts.events.SlaBreached;
import com.smartstore.oms.contracts.events.SlaKind;
import com.smartstore.oms.kit.service.ServiceName;
import com.smartstore.oms.kit.sla.Deadline;
import com.smartstore.oms.warehouse.domain.PickList;
import com.smartstore.oms.warehouse.repository.PickListRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

/**
 * The pick deadline (R-W3, {@code oms.sla.pick-hours}) for the kit's SLA check: pick lists not picked and packed by
 * their deadline are marked breached and publish {@code sla-breached} (kind PICK), once each. The mark is a conditional
 * update, so with two instances running only one escalates a list.
 */
@ApplicationScoped
public class PickDeadline implements Deadline<PickList> {
    private final PickListRepository pickLists;
    private final ServiceName service;

    public PickDeadline(PickListRepository pickLists, ServiceName service) {
        this.pickLists = pickLists;
        this.service = service;
    }

    @Override
    public String name() {
        return "pick list";
    }

    @Override
    public Uni<List<PickList>> overdue(Instant now, int limit) {
        return pickLists.overdueUnbreached(now, limit);
    }

    @Override
    public Uni<SlaBreached> breach(PickList list, Instant now) {
        return pickLists
                .markBreached(list.id, now)
                .map(marked -> marked
                        ? new SlaBreached(
                                SlaKind.PICK,
                                list.id.toString(),
                                list.orderId,
                                list.orderNumber,
                                service.value(),
                                list.warehouse,
                                list.dueAt,
                                now)
                        : null);
    }
}
