package com.smartstore.oms.kit.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonColumnTest {
    record Parcel(String reference, int weightGrams) {}

    static class Parcels extends JsonColumn.ListOf<Parcel> {
        Parcels() {
            super(Parcel.class);
        }
    }

    @Test
    void aListIsStoredAsJsonAndReadBackUnmodifiable() {
        Parcels column = new Parcels();
        List<Parcel> parcels = List.of(new Parcel("P1", 1200), new Parcel("P2", 300));

        String json = column.convertToDatabaseColumn(parcels);
        List<Parcel> read = column.convertToEntityAttribute(json);

        assertThat(json)
                .isEqualTo("[{\"reference\":\"P1\",\"weightGrams\":1200},{\"reference\":\"P2\",\"weightGrams\":300}]");
        assertThat(read).isEqualTo(parcels);
        assertThatThrownBy(() -> read.add(new Parcel("P3", 1))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void nullIsStoredAsTheEmptyValueAndANullColumnReadAsIt() {
        assertThat(new Parcels().convertToDatabaseColumn(null)).isEqualTo("[]");
        assertThat(new Parcels().convertToEntityAttribute(null)).isEmpty();
        assertThat(new JsonColumn.StringMap().convertToDatabaseColumn(null)).isEqualTo("{}");
        assertThat(new JsonColumn.StringMap().convertToEntityAttribute(null)).isEmpty();
    }

    @Test
    void aMapKeepsTheOrderItWasWrittenIn() {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("expected", "19.90");
        facts.put("paid", "9.90");
        facts.put("currency", "EUR");

        JsonColumn.StringMap column = new JsonColumn.StringMap();

        assertThat(column.convertToEntityAttribute(column.convertToDatabaseColumn(facts)))
                .containsExactly(
                        Map.entry("expected", "19.90"), Map.entry("paid", "9.90"), Map.entry("currency", "EUR"));
    }

    @Test
    void aColumnThatIsNotJsonSaysSo() {
        assertThatThrownBy(() -> new Parcels().convertToEntityAttribute("not json"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not json");
    }
}
