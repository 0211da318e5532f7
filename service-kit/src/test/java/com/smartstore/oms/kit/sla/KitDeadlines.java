package com.smartstore.oms.kit.sla;

import com.smartstore.oms.contracts.events.SlaBreached;
import com.smartstore.oms.contracts.events.SlaKind;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The kit test application's one kind of deadline: items a test files in memory, breached once each. */
@ApplicationScoped
public class KitDeadlines implements Deadline<String> {
    private final Map<String, Instant> deadlines = new ConcurrentHashMap<>();
    private final Map<String, Instant> breached = new ConcurrentHashMap<>();

    public void file(String id, Instant deadline) {
        deadlines.put(id, deadline);
    }

    public Instant breachedAt(String id) {
        return breached.get(id);
    }

    @Override
    public String name() {
        return "kit item";
    }

    @Override
    public Uni<List<String>> overdue(Instant now, int limit) {
        return Uni.createFrom()
                .item(deadlines.entrySet().stream()
                        .filter(e -> e.getValue().isBefore(now) && !breached.containsKey(e.getKey()))
                        .sorted(Map.Entry.comparingByValue(Comparator.naturalOrder()))
                        .limit(limit)
                        .map(Map.Entry::getKey)
                        .toList());
    }

    @Override
    public Uni<SlaBreached> breach(String id, Instant now) {
        return Uni.createFrom()
                .item(
                        breached.putIfAbsent(id, now) != null
                                ? null
                                : new SlaBreached(
                                        SlaKind.ENTRY,
                                        id,
                                        null,
                                        null,
                                        "service-kit-test",
                                        null,
                                        deadlines.get(id),
                                        now));
    }
}
