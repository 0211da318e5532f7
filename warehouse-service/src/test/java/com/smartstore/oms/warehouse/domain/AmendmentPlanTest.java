package com.smartstore.oms.warehouse.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.smartstore.oms.contracts.events.LineQuantity;
import com.smartstore.oms.contracts.events.OrderAmended;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What an amendment's changed lines do to an order's pick lists, backorders and stock (R-I10): plain logic. */
class AmendmentPlanTest {
    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
    private static final UUID ORDER = UUID.randomUUID();

    private static PickList open(String warehouse, LineQuantity... lines) {
        return PickList.open(ORDER, "SO-9", 1, warehouse, List.of(lines), null, NOW, NOW, Duration.ofHours(8));
    }

    private static Backorder waiting(LineQuantity... lines) {
        return Backorder.waiting(ORDER, "SO-9", 1, List.of(lines), null, NOW, NOW);
    }

    private static OrderAmended amended(int revision, OrderAmended.LineChange... lines) {
        return new OrderAmended(
                ORDER,
                "SO-9",
                revision,
                UUID.randomUUID(),
                List.of("lines"),
                null,
                null,
                List.of(lines),
                BigDecimal.TEN,
                "customer called",
                "customer-service",
                NOW);
    }

    private static OrderAmended.LineChange line(String sku, int quantity, String previousSku, int previousQuantity) {
        return new OrderAmended.LineChange(
                1, sku, "Product", null, quantity, BigDecimal.ONE, previousSku, previousQuantity);
    }

    /** Stock rows with what the lists given already hold reserved. */
    private static StockChanges stock(List<Stock> rows) {
        return new StockChanges(rows, NOW);
    }

    private static SortedMap<String, Integer> map(Object... skuAndUnits) {
        SortedMap<String, Integer> map = new TreeMap<>();
        for (int i = 0; i < skuAndUnits.length; i += 2) {
            map.put((String) skuAndUnits[i], (Integer) skuAndUnits[i + 1]);
        }
        return map;
    }

    @Test
    void withWhatEachLineWasBeforeAnotherVariantReleasesTheOldSkuAndTakesTheNew() {
        OrderAmended amended = amended(2, line("SHIRT-M", 2, "SHIRT-S", 2), line("MUG", 3, "MUG", 1));

        assertThat(AmendmentPlan.deltas(amended, Map.of())).isEqualTo(map("MUG", 2, "SHIRT-M", 2, "SHIRT-S", -2));
    }

    @Test
    void withoutWhatLinesWereBeforeTheNewTotalsAreComparedWithWhatIsHeld() {
        OrderAmended amended = amended(
                2,
                new OrderAmended.LineChange(1, "MUG", "Mug", null, 1, BigDecimal.ONE),
                new OrderAmended.LineChange(2, "TEA", "Tea", null, 4, BigDecimal.ONE));

        assertThat(AmendmentPlan.deltas(amended, Map.of("MUG", 3, "TEA", 4))).isEqualTo(map("MUG", -2));
    }

    @Test
    void whatIsHeldIsTheOpenListsAndTheWaitingBackordersAddedUp() {
        List<PickList> open = List.of(open("LIS", new LineQuantity("MUG", 2)), open("OPO", new LineQuantity("TEA", 1)));
        List<Backorder> waiting = List.of(waiting(new LineQuantity("MUG", 3)));

        assertThat(AmendmentPlan.current(open, waiting)).isEqualTo(map("MUG", 5, "TEA", 1));
    }

    @Test
    void theRevisionServedIgnoresWhatARejectionStopped() {
        PickList rejected = open("LIS", new LineQuantity("MUG", 1));
        rejected.revision = 5;
        rejected.status = PickListStatus.REJECTED;
        PickList current = open("LIS", new LineQuantity("MUG", 1));
        current.revision = 3;

        assertThat(AmendmentPlan.served(List.of(rejected, current), List.of())).contains(3);
        assertThat(AmendmentPlan.served(List.of(rejected), List.of())).isEmpty();
    }

    @Test
    void fewerUnitsComeOffTheBackorderFirstThenOffThePickListWhichReleasesThem() {
        PickList list = open("LIS", new LineQuantity("MUG", 4));
        Backorder backorder = waiting(new LineQuantity("MUG", 1));
        Stock mugs = Stock.of("LIS", "MUG", 10, 4);
        StockChanges changes = stock(List.of(mugs));

        AmendmentPlan.Applied applied = AmendmentPlan.apply(
                amended(2, line("MUG", 2, "MUG", 5)), map("MUG", -3), List.of(list), List.of(backorder), changes);

        assertThat(backorder.quantitiesBySku()).isEmpty();
        assertThat(list.quantitiesBySku()).isEqualTo(map("MUG", 2));
        assertThat(mugs.reserved).isEqualTo(2);
        assertThat(changes.movements).singleElement().satisfies(m -> {
            assertThat(m.type).isEqualTo(MovementType.RELEASE);
            assertThat(m.quantity).as("reserved goes down by 2").isEqualTo(-2);
            assertThat(m.reservedAfter).isEqualTo(2);
        });
        assertThat(applied.backordered()).isEmpty();
        assertThat(applied.newBackorder()).isNull();
        assertThat(list.revision)
                .as("a re-approval of revision 2 finds it served")
                .isEqualTo(2);
        assertThat(backorder.revision).isEqualTo(2);
    }

    @Test
    void moreUnitsAreReservedWhereTheSkuIsAlreadyPickedAndTheRestIsBackorderedInANewBackorder() {
        PickList lisbon = open("LIS", new LineQuantity("TEA", 1));
        PickList porto = open("OPO", new LineQuantity("MUG", 1));
        Stock mugsLisbon = Stock.of("LIS", "MUG", 5, 0);
        Stock mugsPorto = Stock.of("OPO", "MUG", 3, 1);
        StockChanges changes = stock(List.of(mugsLisbon, mugsPorto));

        AmendmentPlan.Applied applied = AmendmentPlan.apply(
                amended(2, line("MUG", 9, "MUG", 1)),
                map("MUG", 8),
                new ArrayList<>(List.of(lisbon, porto)),
                List.of(),
                changes);

        assertThat(porto.quantitiesBySku()).as("the list holding MUG first").isEqualTo(map("MUG", 3));
        assertThat(lisbon.quantitiesBySku()).isEqualTo(map("MUG", 5, "TEA", 1));
        assertThat(mugsPorto.available()).isZero();
        assertThat(mugsLisbon.available()).isZero();
        assertThat(applied.backordered()).isEqualTo(map("MUG", 1));
        assertThat(applied.newBackorder()).isNotNull();
        assertThat(applied.newBackorder().quantitiesBySku()).isEqualTo(map("MUG", 1));
        assertThat(applied.newBackorder().revision).isEqualTo(2);
        assertThat(changes.changed).containsExactlyInAnyOrder(mugsLisbon, mugsPorto);
    }

    @Test
    void unitsNoWarehouseHasJoinTheBackorderAlreadyWaiting() {
        Backorder backorder = waiting(new LineQuantity("MUG", 1));

        AmendmentPlan.Applied applied = AmendmentPlan.apply(
                amended(2, line("MUG", 3, "MUG", 1)), map("MUG", 2), List.of(), List.of(backorder), stock(List.of()));

        assertThat(backorder.quantitiesBySku()).isEqualTo(map("MUG", 3));
        assertThat(applied.newBackorder()).as("not a new one").isNull();
        assertThat(applied.backordered()).isEqualTo(map("MUG", 2));
    }

    @Test
    void aPickListLeftWithoutLinesIsSupersededAndItsUnitsReleased() {
        PickList list = open("LIS", new LineQuantity("MUG", 2));
        Stock mugs = Stock.of("LIS", "MUG", 4, 2);

        AmendmentPlan.apply(
                amended(3, line("TEA", 0, "MUG", 2)), map("MUG", -2), List.of(list), List.of(), stock(List.of(mugs)));

        assertThat(list.status).isEqualTo(PickListStatus.SUPERSEDED);
        assertThat(mugs.reserved).isZero();
    }

    @Test
    void aLineWithoutWhatItWasBeforeMakesEveryLineReadAsTheNewTotal() {
        OrderAmended amended = amended(
                2,
                line("MUG", 3, "MUG", 1),
                new OrderAmended.LineChange(2, "TEA", "Tea", null, 2, BigDecimal.ONE, "TEA", null));

        assertThat(AmendmentPlan.deltas(amended, Map.of("MUG", 2, "TEA", 2))).isEqualTo(map("MUG", 1));
    }

    @Test
    void theRevisionServedIsTheNewestOfListsAndBackordersARejectionDidNotStop() {
        PickList list = open("LIS", new LineQuantity("MUG", 1));
        list.revision = 3;
        Backorder rejected = waiting(new LineQuantity("MUG", 1));
        rejected.revision = 6;
        rejected.status = BackorderStatus.REJECTED;
        Backorder backorder = waiting(new LineQuantity("TEA", 1));
        backorder.revision = 4;

        assertThat(AmendmentPlan.served(List.of(list), List.of(rejected, backorder)))
                .contains(4);
        assertThat(AmendmentPlan.served(List.of(), List.of(rejected))).isEmpty();
    }

    @Test
    void aWarehouseWithoutTheSkuOrWithNoneAvailableReservesNothing() {
        PickList porto = open("OPO", new LineQuantity("TEA", 1));
        PickList faro = open("FAO", new LineQuantity("TEA", 1));
        PickList lisbon = open("LIS", new LineQuantity("TEA", 1));
        Stock mugsFaro = Stock.of("FAO", "MUG", 2, 2);
        Stock mugsLisbon = Stock.of("LIS", "MUG", 1, 0);
        StockChanges changes = stock(List.of(mugsFaro, mugsLisbon));

        AmendmentPlan.Applied applied = AmendmentPlan.apply(
                amended(2, line("MUG", 3, "MUG", 0)), map("MUG", 3), List.of(porto, faro, lisbon), List.of(), changes);

        assertThat(porto.quantitiesBySku()).isEqualTo(map("TEA", 1));
        assertThat(faro.quantitiesBySku()).isEqualTo(map("TEA", 1));
        assertThat(lisbon.quantitiesBySku()).isEqualTo(map("MUG", 1, "TEA", 1));
        assertThat(changes.changed).containsExactly(mugsLisbon);
        assertThat(List.of(porto.status, faro.status, lisbon.status)).containsOnly(PickListStatus.OPEN);
        assertThat(applied.backordered()).isEqualTo(map("MUG", 2));
        assertThat(applied.newBackorder().approvedAt).isEqualTo(porto.approvedAt);
    }

    @Test
    void aBackorderEmptiedByTheAmendmentIsSupersededAndNewUnitsWaitInANewOne() {
        Backorder old = Backorder.waiting(ORDER, "SO-9", 1, List.of(new LineQuantity("MUG", 1)), null, NOW, NOW);
        old.requestedShipDate = LocalDate.parse("2026-12-24");
        List<Backorder> waiting = List.of(old);

        AmendmentPlan.Applied applied = AmendmentPlan.apply(
                amended(2, line("TEA", 2, "MUG", 1)), map("MUG", -1, "TEA", 2), List.of(), waiting, stock(List.of()));

        assertThat(old.status).isEqualTo(BackorderStatus.SUPERSEDED);
        assertThat(old.revision).isEqualTo(2);
        assertThat(applied.backordered()).isEqualTo(map("TEA", 2));
        assertThat(applied.newBackorder()).isNotNull().isNotSameAs(old);
        assertThat(applied.newBackorder().quantitiesBySku()).isEqualTo(map("TEA", 2));
        assertThat(applied.newBackorder().requestedShipDate).isEqualTo(old.requestedShipDate);
        assertThat(applied.newBackorder().status).isEqualTo(BackorderStatus.WAITING);
    }

    @Test
    void moreUnitsGoToTheWarehouseAlreadyPickingTheSkuEvenIfAnotherHasThemToo() {
        PickList lisbon = open("LIS", new LineQuantity("TEA", 1));
        PickList porto = open("OPO", new LineQuantity("MUG", 1));
        Stock mugsLisbon = Stock.of("LIS", "MUG", 5, 0);
        Stock mugsPorto = Stock.of("OPO", "MUG", 5, 1);
        StockChanges changes = stock(List.of(mugsLisbon, mugsPorto));

        AmendmentPlan.apply(
                amended(2, line("MUG", 3, "MUG", 1)), map("MUG", 2), List.of(lisbon, porto), List.of(), changes);

        assertThat(porto.quantitiesBySku()).isEqualTo(map("MUG", 3));
        assertThat(lisbon.quantitiesBySku()).isEqualTo(map("TEA", 1));
        assertThat(changes.changed).containsExactly(mugsPorto);
    }

    @Test
    void fewerUnitsComeOffOneOpenListAfterAnotherAndNothingIsReleasedOnceTheBackorderTookThemAll() {
        PickList lisbon = open("LIS", new LineQuantity("MUG", 1));
        PickList porto = open("OPO", new LineQuantity("MUG", 2));
        Stock mugsLisbon = Stock.of("LIS", "MUG", 5, 1);
        Stock mugsPorto = Stock.of("OPO", "MUG", 5, 2);
        StockChanges changes = stock(List.of(mugsLisbon, mugsPorto));

        AmendmentPlan.apply(
                amended(2, line("MUG", 1, "MUG", 3)), map("MUG", -2), List.of(lisbon, porto), List.of(), changes);

        assertThat(lisbon.status).isEqualTo(PickListStatus.SUPERSEDED);
        assertThat(porto.quantitiesBySku()).isEqualTo(map("MUG", 1));
        assertThat(mugsLisbon.reserved).isZero();
        assertThat(mugsPorto.reserved).isEqualTo(1);

        PickList faro = open("FAO", new LineQuantity("MUG", 1));
        Backorder backorder = waiting(new LineQuantity("MUG", 2));
        StockChanges none = stock(List.of(Stock.of("FAO", "MUG", 1, 1)));
        AmendmentPlan.apply(
                amended(3, line("MUG", 1, "MUG", 3)), map("MUG", -2), List.of(faro), List.of(backorder), none);

        assertThat(faro.quantitiesBySku()).isEqualTo(map("MUG", 1));
        assertThat(none.movements).isEmpty();
    }
}
