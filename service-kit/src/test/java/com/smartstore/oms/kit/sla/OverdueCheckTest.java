package com.smartstore.oms.kit.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.smartstore.oms.contracts.events.SlaBreached;
import com.smartstore.oms.contracts.events.SlaKind;
import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The SLA check loop without Quarkus: batches, exactly-once marking, one transaction per kind, failures isolated. */
class OverdueCheckTest {
    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

    private final List<SlaBreached> published = new ArrayList<>();
    private final List<String> transactions = new ArrayList<>();

    /** An in-memory kind: items with deadlines; an item is marked once, as a conditional update would. */
    static final class Items implements Deadline<String> {
        final String name;
        final Map<String, Instant> deadlines = new ConcurrentHashMap<>();
        final Map<String, Instant> breached = new ConcurrentHashMap<>();
        RuntimeException failure;

        Items(String name) {
            this.name = name;
        }

        Items due(String id, Instant deadline) {
            deadlines.put(id, deadline);
            return this;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public Uni<List<String>> overdue(Instant now, int limit) {
            if (failure != null) {
                return Uni.createFrom().failure(failure);
            }
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
            if (breached.putIfAbsent(id, now) != null) {
                return Uni.createFrom().nullItem();
            }
            return Uni.createFrom()
                    .item(new SlaBreached(SlaKind.ENTRY, id, null, null, "test-service", null, deadlines.get(id), now));
        }
    }

    private OverdueCheck check(int batchSize) {
        Function<Supplier<Uni<Integer>>, Uni<Integer>> tx = work -> {
            transactions.add("begin");
            return work.get()
                    .invoke(() -> transactions.add("commit"))
                    .onFailure()
                    .invoke(() -> transactions.add("rollback"));
        };
        return new OverdueCheck(
                tx,
                breach -> {
                    published.add(breach);
                    return Uni.createFrom().voidItem();
                },
                batchSize);
    }

    private static int await(Uni<Integer> uni) {
        return uni.await().atMost(Duration.ofSeconds(5));
    }

    @Test
    void publishesOneBreachPerOverdueItemEarliestDeadlineFirstAndNothingForItemsStillInTime() {
        Items items = new Items("entry request")
                .due("late", NOW.minusSeconds(60))
                .due("later", NOW.minusSeconds(3600))
                .due("in-time", NOW.plusSeconds(60));

        assertThat(await(check(100).check(items, NOW))).isEqualTo(2);

        assertThat(published).extracting(SlaBreached::subjectId).containsExactly("later", "late");
        assertThat(published).extracting(SlaBreached::detectedAt).containsOnly(NOW);
        assertThat(published.get(0).deadline()).isEqualTo(NOW.minusSeconds(3600));
        assertThat(transactions).containsExactly("begin", "commit");
    }

    @Test
    void aSecondCheckPublishesNothingMoreAndTimeMovingOnMakesTheNextItemDue() {
        Items items = new Items("pick list").due("a", NOW.minusSeconds(1)).due("b", NOW.plusSeconds(600));
        OverdueCheck check = check(100);

        assertThat(await(check.check(items, NOW))).isEqualTo(1);
        assertThat(await(check.check(items, NOW))).isZero();
        assertThat(await(check.check(items, NOW.plusSeconds(601)))).isEqualTo(1);

        assertThat(published).extracting(SlaBreached::subjectId).containsExactly("a", "b");
    }

    @Test
    void anItemMarkedByAnotherInstanceMeanwhileIsNotPublished() {
        Items items = new Items("manual review").due("a", NOW.minusSeconds(1)).due("b", NOW.minusSeconds(2));
        // Another instance marked "a" between this check's query and its update.
        Deadline<String> racing = new Deadline<>() {
            @Override
            public String name() {
                return items.name();
            }

            @Override
            public Uni<List<String>> overdue(Instant now, int limit) {
                return items.overdue(now, limit).invoke(() -> items.breached.put("a", now));
            }

            @Override
            public Uni<SlaBreached> breach(String id, Instant now) {
                return items.breach(id, now);
            }
        };

        assertThat(await(check(100).check(racing, NOW))).isEqualTo(1);
        assertThat(published).extracting(SlaBreached::subjectId).containsExactly("b");
    }

    @Test
    void takesAtMostOneBatchPerCheckAndTheNextCheckTheRest() {
        Items items = new Items("exception case");
        for (int i = 0; i < 5; i++) {
            items.due("c" + i, NOW.minusSeconds(100 - i));
        }
        OverdueCheck check = check(2);

        assertThat(await(check.check(items, NOW))).isEqualTo(2);
        assertThat(await(check.check(items, NOW))).isEqualTo(2);
        assertThat(await(check.check(items, NOW))).isEqualTo(1);
        assertThat(published).extracting(SlaBreached::subjectId).containsExactly("c0", "c1", "c2", "c3", "c4");
    }

    @Test
    void aFailingKindIsRolledBackAndLeftToTheNextCheckWithoutStoppingTheOthers() {
        Items broken = new Items("manual review").due("r", NOW.minusSeconds(1));
        broken.failure = new IllegalStateException("database down");
        Items fine = new Items("exception case").due("c", NOW.minusSeconds(1));

        assertThat(await(check(100).check(List.of(broken, fine), NOW))).isEqualTo(1);
        assertThat(published).extracting(SlaBreached::subjectId).containsExactly("c");
        assertThat(transactions).containsExactly("begin", "rollback", "begin", "commit");

        broken.failure = null;
        assertThat(await(check(100).check(List.of(broken, fine), NOW))).isEqualTo(1);
        assertThat(published).extracting(SlaBreached::subjectId).containsExactly("c", "r");
    }

    @Test
    void aBatchSizeBelowOneIsRefused() {
        assertThatThrownBy(() -> check(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
