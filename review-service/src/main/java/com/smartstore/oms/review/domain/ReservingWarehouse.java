package com.smartstore.oms.review.domain;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which warehouse review expects to reserve an approval's units, so that only that warehouse's newer stock level
 * forgets them as in flight (R-R1): another warehouse's level says nothing about this reservation. It mirrors the
 * warehouse's allocation by default (the first warehouse by code that can serve every line; else, per SKU, the
 * first that has all of it; else the one with the most). A wrong guess only keeps the units in flight until the
 * guessed warehouse reports again, which holds orders rather than overselling.
 */
public final class ReservingWarehouse {

    /**
     * @param free units free per warehouse and SKU (available net of what is in flight there)
     * @param wanted units of each SKU the approval takes
     * @return the expected warehouse per SKU; a SKU no warehouse has is left out
     */
    public static Map<String, String> expected(Map<String, Map<String, Integer>> free, Map<String, Integer> wanted) {
        TreeMap<String, Map<String, Integer>> byCode = new TreeMap<>(free);
        for (Map.Entry<String, Map<String, Integer>> warehouse : byCode.entrySet()) {
            if (wanted.entrySet().stream()
                    .allMatch(w -> warehouse.getValue().getOrDefault(w.getKey(), 0) >= w.getValue())) {
                Map<String, String> all = new HashMap<>();
                wanted.keySet().stream()
                        .filter(sku -> warehouse.getValue().containsKey(sku))
                        .forEach(sku -> all.put(sku, warehouse.getKey()));
                return all;
            }
        }
        Map<String, String> perSku = new HashMap<>();
        for (Map.Entry<String, Integer> line : wanted.entrySet()) {
            String best = null;
            int most = Integer.MIN_VALUE;
            for (Map.Entry<String, Map<String, Integer>> warehouse : byCode.entrySet()) {
                Integer units = warehouse.getValue().get(line.getKey());
                if (units == null) {
                    continue;
                }
                if (units >= line.getValue()) {
                    best = warehouse.getKey();
                    break;
                }
                if (units > most) {
                    most = units;
                    best = warehouse.getKey();
                }
            }
            if (best != null) {
                perSku.put(line.getKey(), best);
            }
        }
        return perSku;
    }

    private ReservingWarehouse() {}
}
