package com.smartstore.oms.systemtests.fuzz;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Counts cases per operation, status and kind of damage, keeps the failures, and prints the summary of a run. */
public final class Report {
    /** A case that broke a property, with what is needed to send it again. */
    public record Failure(int index, String operation, String what, String problem, String request, String answer) {
        @Override
        public String toString() {
            return "#" + index + " " + operation + " [" + what + "]: " + problem + "\n    request: " + request
                    + "\n    answer:  " + answer;
        }
    }

    private final Map<String, Map<Integer, Integer>> perOperation = new TreeMap<>();
    private final Map<String, Map<Integer, Integer>> perFamily = new TreeMap<>();
    private final Map<Integer, Integer> statuses = new TreeMap<>();
    private final List<Failure> failures = new ArrayList<>();
    private final List<Failure> waived = new ArrayList<>();
    private int cases;
    private int storageRetries;

    public void count(String operation, String family, int status) {
        cases++;
        perOperation.computeIfAbsent(operation, k -> new TreeMap<>()).merge(status, 1, Integer::sum);
        perFamily.computeIfAbsent(family, k -> new TreeMap<>()).merge(status, 1, Integer::sum);
        statuses.merge(status, 1, Integer::sum);
    }

    public void fail(Failure failure) {
        failures.add(failure);
    }

    public void waive(Failure failure) {
        waived.add(failure);
    }

    public void storageRetried() {
        storageRetries++;
    }

    public List<Failure> failures() {
        return failures;
    }

    public int cases() {
        return cases;
    }

    public Map<Integer, Integer> statuses() {
        return statuses;
    }

    public String summary(long seed, Duration took) {
        StringBuilder out = new StringBuilder();
        out.append("fuzz run: ")
                .append(cases)
                .append(" cases, seed ")
                .append(seed)
                .append(", ")
                .append(took.toSeconds())
                .append(" s, ")
                .append(failures.size())
                .append(" failures, ")
                .append(storageRetries)
                .append(" storage checks repeated (background writes)\n");
        out.append("statuses: ").append(histogram(statuses)).append('\n');
        out.append("by kind of damage:\n");
        perFamily.forEach(
                (family, h) -> out.append(String.format("  %-10s %6d  %s%n", family, total(h), histogram(h))));
        out.append("by operation:\n");
        perOperation.forEach((op, h) -> out.append(String.format("  %-62s %6d  %s%n", op, total(h), histogram(h))));
        if (!waived.isEmpty()) {
            out.append("waived (fuzz/seeds.json says why), ")
                    .append(waived.size())
                    .append(", first 10:\n");
            waived.stream().limit(10).forEach(f -> out.append("  ").append(f).append('\n'));
        }
        if (!failures.isEmpty()) {
            out.append("failures (first 60):\n");
            failures.stream().limit(60).forEach(f -> out.append("  ").append(f).append('\n'));
        }
        return out.toString();
    }

    private static int total(Map<Integer, Integer> histogram) {
        return histogram.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** {@code 2xx 12 | 400 30, 404 2} ("-1" counts requests that got no answer). */
    private static String histogram(Map<Integer, Integer> histogram) {
        return histogram.entrySet().stream()
                .map(e -> e.getKey() + ":" + e.getValue())
                .collect(Collectors.joining(" "));
    }
}
