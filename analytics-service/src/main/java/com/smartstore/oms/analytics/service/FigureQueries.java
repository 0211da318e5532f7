package com.smartstore.oms.analytics.service;

import com.smartstore.oms.analytics.domain.Tally;
import com.smartstore.oms.analytics.repository.FigureRepository;
import com.smartstore.oms.analytics.repository.FigureRepository.Row;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** Reads daily figures and adds them up by whatever the endpoint groups by (metric, dimension, period). */
@ApplicationScoped
public class FigureQueries {
    private final FigureRepository figures;

    public FigureQueries(FigureRepository figures) {
        this.figures = figures;
    }

    public Uni<List<Row>> rows(Collection<String> metrics, String dimKind, LocalDate from, LocalDate to) {
        return figures.rows(metrics, dimKind, from, to);
    }

    /** The rows added up per key (sorted). */
    public static <K extends Comparable<K>> Map<K, Tally> tally(List<Row> rows, Function<Row, K> key) {
        Map<K, Tally> tallies = new TreeMap<>();
        rows.forEach(
                r -> tallies.computeIfAbsent(key.apply(r), k -> new Tally()).add(r.count(), r.total(), r.sketch()));
        return tallies;
    }

    /** The rows of one metric added up. */
    public static Tally total(List<Row> rows, String metric) {
        Tally tally = new Tally();
        rows.stream().filter(r -> r.metric().equals(metric)).forEach(r -> tally.add(r.count(), r.total(), r.sketch()));
        return tally;
    }
}
