package com.smartstore.oms.warehouse.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * A numbered line of a SKU and a quantity, as pick lists and backorders hold them; amendments add units to and take
 * units off such lines the same way in both.
 */
@MappedSuperclass
public abstract class ItemLine {
    @Id
    public UUID id;

    @Column(name = "line_no")
    public int lineNo;

    public String sku;
    public int quantity;

    /** Adds units to the SKU's line, or to a new line (next number) made by {@code newLine} if it has none. */
    static <L extends ItemLine> void add(List<L> lines, String sku, int quantity, Supplier<L> newLine) {
        lines.stream().filter(l -> l.sku.equals(sku)).findFirst().ifPresentOrElse(l -> l.quantity += quantity, () -> {
            L line = newLine.get();
            line.id = UUID.randomUUID();
            line.lineNo = lines.stream().mapToInt(l -> l.lineNo).max().orElse(0) + 1;
            line.sku = sku;
            line.quantity = quantity;
            lines.add(line);
        });
    }

    /** Takes at most {@code quantity} units of the SKU off the lines (a line at 0 goes); returns how many. */
    static <L extends ItemLine> int reduce(List<L> lines, String sku, int quantity) {
        int taken = 0;
        for (L line : List.copyOf(lines)) {
            if (line.sku.equals(sku) && taken < quantity) {
                int off = Math.min(line.quantity, quantity - taken);
                line.quantity -= off;
                taken += off;
                if (line.quantity == 0) {
                    lines.remove(line);
                }
            }
        }
        return taken;
    }
}
