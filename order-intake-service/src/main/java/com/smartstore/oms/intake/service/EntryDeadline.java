package com.smartstore.oms.intake.service;

import com.smartstore.oms.contracts.events.SlaBreached;
import com.smartstore.oms.contracts.events.SlaKind;
import com.smartstore.oms.intake.repository.EntryRequestRepository;
import com.smartstore.oms.kit.service.ServiceName;
import com.smartstore.oms.kit.sla.Deadline;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * The entry deadline (R-I7) for the kit's SLA check: an entry request not entered by its deadline is marked breached
 * and reported once as {@code sla-breached} (kind ENTRY). The mark is a conditional update, so with two instances
 * running only one reports a request.
 */
@ApplicationScoped
public class EntryDeadline implements Deadline<UUID> {
    private final EntryRequestRepository requests;
    private final ServiceName service;

    public EntryDeadline(EntryRequestRepository requests, ServiceName service) {
        this.requests = requests;
        this.service = service;
    }

    @Override
    public String name() {
        return "entry request";
    }

    @Override
    public Uni<List<UUID>> overdue(Instant now, int limit) {
        return requests.overdueUnreported(now, limit);
    }

    @Override
    public Uni<SlaBreached> breach(UUID id, Instant now) {
        Instant at = now.truncatedTo(ChronoUnit.MICROS);
        return requests.markBreached(id, at)
                .chain(marked -> marked == 1
                        ? requests.findById(id)
                                .map(r -> new SlaBreached(
                                        SlaKind.ENTRY,
                                        r.id.toString(),
                                        null,
                                        null,
                                        service.value(),
                                        null,
                                        r.deadline,
                                        at))
                        : Uni.createFrom().nullItem());
    }
}
