package io.github.monetik.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.monetik.gifts.Gift;
import io.github.monetik.gifts.GiftCatalog;
import io.github.monetik.money.Coins;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * TikTok's seven official gift lists as catalog presets. The expected sizes and type splits are the
 * table of {@code data/gift-catalog/README.md}; the spot values were read from the raw JSON files
 * (each list was also compared in full with its JSON when the presets were checked: equal).
 */
class GiftCatalogPresetsTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource({
      // fetched,  gifts, type 1, type 2 or 4 (README table)
      "2023-08-04, 133, 27, 106",
      "2023-10-02, 97,  16, 81",
      "2023-10-03, 97,  16, 81",
      "2023-10-12, 97,  16, 81",
      "2023-11-10, 103, 17, 86",
      "2023-12-05, 110, 17, 93",
      "2024-01-05, 116, 18, 98"})
  void everyOfficialListIsACatalogOfItsGifts(LocalDate fetched, int gifts, int combo, int single) {
    GiftCatalog c = GiftCatalogPresets.officialList(fetched);
    assertThat(c.size()).isEqualTo(gifts);
    assertThat(c.gifts()).filteredOn(Gift::repeatable).hasSize(combo);
    assertThat(c.gifts()).filteredOn(g -> !g.repeatable()).hasSize(single);
    assertThat(c.gifts()).allSatisfy(g -> assertThat(g.id()).isPresent());
    assertThat(c.gifts().stream().map(g -> g.id().getAsLong()).distinct().count()).isEqualTo(gifts);
    assertThat(c.source()).isEqualTo("TikTok gift/list of " + fetched);
    // Prices from 1 to 44,999 coins; Rose is in every list at 1 coin, a combo gift.
    assertThat(c.gifts()).allSatisfy(g -> assertThat(g.price()).isBetween(Coins.of(1), Coins.of(44_999)));
    assertThat(c.byId(5655)).hasValueSatisfying(g -> assertThat(g).hasToString("Rose #5655 (1 coin, combo)"));
    assertThat(c.byId(6369)).hasValueSatisfying(g -> assertThat(g).hasToString("Lion #6369 (29,999 coins)"));
    assertThat(GiftCatalogPresets.asOf(fetched)).as("a list is the catalog from its fetch day").isEqualTo(c);
  }

  @Test
  void aBookAsOfADayUsesTheNewestListFetchedByThen() {
    // Team Bracelet (9139) first appears on 2023-11-10; 9522 is gone on 2024-01-05; id 37 only on 2023-08-04.
    assertThat(GiftCatalogPresets.asOf(LocalDate.of(2023, 11, 9)).contains(9139)).isFalse();
    assertThat(GiftCatalogPresets.asOf(LocalDate.of(2023, 11, 10)).byId(9139))
        .hasValueSatisfying(g -> assertThat(g).hasToString("Team Bracelet #9139 (2 coins, combo)"));
    assertThat(GiftCatalogPresets.asOf(LocalDate.of(2024, 1, 4)).contains(9522)).isTrue();
    assertThat(GiftCatalogPresets.asOf(LocalDate.of(2024, 1, 5)).contains(9522)).isFalse();
    assertThat(GiftCatalogPresets.asOf(LocalDate.of(2024, 1, 5)).byId(9639).map(Gift::name)).contains("2024");
    assertThat(GiftCatalogPresets.asOf(LocalDate.of(2023, 10, 1)).contains(37)).isTrue();
    assertThat(GiftCatalogPresets.asOf(LocalDate.of(2023, 10, 2)).contains(37)).isFalse();
    // Between two lists, the older one; after the last, the last; before the first, the first (no older is sourced).
    assertThat(GiftCatalogPresets.asOf(LocalDate.of(2023, 10, 11)).source()).isEqualTo("TikTok gift/list of 2023-10-03");
    assertThat(GiftCatalogPresets.asOf(LocalDate.of(2030, 1, 1)).source()).isEqualTo("TikTok gift/list of 2024-01-05");
    assertThat(GiftCatalogPresets.asOf(LocalDate.of(2016, 9, 1)).source()).isEqualTo("TikTok gift/list of 2023-08-04");
    assertThat(Rules.asOf(LocalDate.of(2023, 12, 20)).giftCatalog()).isEqualTo(GiftCatalogPresets.officialList(
        LocalDate.of(2023, 12, 5)));
    assertThat(GiftCatalogPresets.OFFICIAL_LISTS).isSorted().hasSize(7);
  }

  @Test
  void theListsAgreeOnEveryGiftTheyShare() {
    // No gift changed its name, price or type between 2023-08 and 2024-01 (checked on the JSON too).
    List<GiftCatalog> lists = GiftCatalogPresets.OFFICIAL_LISTS.stream().map(GiftCatalogPresets::officialList)
        .collect(Collectors.toList());
    for (GiftCatalog a : lists) {
      for (GiftCatalog b : lists) {
        for (Gift g : a.gifts()) {
          b.byId(g.id().getAsLong()).ifPresent(h -> assertThat(h).as("%s in %s", g, b.source()).isEqualTo(g));
        }
      }
    }
  }

  @Test
  void unknownDaysAndNullsAreRefusedByName() {
    assertThatThrownBy(() -> GiftCatalogPresets.officialList(LocalDate.of(2023, 9, 2)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("fetched must be one of " + GiftCatalogPresets.OFFICIAL_LISTS + ", was 2023-09-02");
    assertThatThrownBy(() -> GiftCatalogPresets.officialList(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("fetched");
    assertThatThrownBy(() -> GiftCatalogPresets.asOf(null)).isInstanceOf(NullPointerException.class).hasMessage("date");
  }
}
