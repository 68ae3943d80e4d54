package io.github.monetik.gifts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.monetik.Monetik;
import io.github.monetik.money.Coins;
import io.github.monetik.rules.GiftCatalogPresets;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * The bundled catalog is TikTok's gift list of 2024-01-05 (116 gifts; the expected values below were
 * read from the raw {@code official_05_01_2024.json} of the project's {@code data/gift-catalog}, not
 * from the code); the classic short list of {@code DOMAIN.md} stays available as a preset.
 */
class GiftCatalogTest {
  private final GiftCatalog bundled = Monetik.defaults().gifts().giftCatalog();
  private final GiftCatalog classic = GiftCatalogPresets.classicGifts();

  @Test
  void theBundledCatalogIsTheNewestOfficialList() {
    assertThat(bundled.source()).isEqualTo("TikTok gift/list of 2024-01-05");
    assertThat(bundled.size()).isEqualTo(116);
    assertThat(bundled.gifts()).allSatisfy(g -> assertThat(g.id()).isPresent());
    assertThat(bundled.byId(5655)).hasValueSatisfying(g -> {
      assertThat(g.name()).isEqualTo("Rose");
      assertThat(g.price()).isEqualTo(Coins.of(1));
      assertThat(g.repeatable()).isTrue();
      assertThat(g).hasToString("Rose #5655 (1 coin, combo)");
    });
    assertThat(bundled.byId(5487).map(Gift::name)).contains("Finger Heart");
    assertThat(bundled.byId(5487).map(Gift::price)).contains(Coins.of(5));
    assertThat(bundled.byId(5269).map(Gift::name)).contains("TikTok");
    assertThat(bundled.byId(5879).map(Gift::price)).contains(Coins.of(30));
    // Type 4 (Heart Me) and type 2 (Lion) are not combo gifts; the dearest gift costs 44,999 coins.
    assertThat(bundled.byId(7934)).hasValueSatisfying(g -> assertThat(g.repeatable()).isFalse());
    assertThat(bundled.byId(6369)).hasValueSatisfying(g -> assertThat(g).hasToString("Lion #6369 (29,999 coins)"));
    assertThat(bundled.byId(9072).map(Gift::price)).contains(Coins.of(44_999));
    assertThat(bundled.gifts()).filteredOn(Gift::repeatable).hasSize(18);
    // Fire (5523) is a regional gift of the captures, in no official list.
    assertThat(bundled.byId(5523)).isEmpty();
    assertThat(bundled.contains(5655)).isTrue();
    assertThat(bundled.contains(5523)).isFalse();
  }

  @Test
  void namesAreLookedUpIgnoringCaseAndMayMatchSeveralGifts() {
    assertThat(bundled.byName("  lion ")).singleElement().satisfies(g -> {
      assertThat(g.price()).isEqualTo(Coins.of(29_999));
      assertThat(g.repeatable()).isFalse();
      assertThat(g.id()).hasValue(6369);
    });
    // Two gifts of the official list are called Heart: 5480 (10 coins) and 6247 (1 coin), in id order.
    assertThat(bundled.byName("HEART")).extracting(g -> g.id().getAsLong()).containsExactly(5480L, 6247L);
    assertThat(bundled.byName("nope")).isEmpty();
    Gift other = Gift.builder().name("Rose").price(Coins.of(2)).repeatable(false).build();
    assertThat(bundled.plus(other).byName("rose")).hasSize(2);
  }

  @Test
  void theClassicShortListKeepsTheGiftsSecondarySourcesName() {
    assertThat(classic.size()).isEqualTo(22);
    assertThat(classic.gifts()).filteredOn(g -> g.id().isPresent()).hasSize(4);
    assertThat(classic.byName("  lion ")).singleElement().satisfies(g -> {
      assertThat(g.price()).isEqualTo(Coins.of(29_999));
      assertThat(g.id()).isEmpty();
      assertThat(g).hasToString("Lion (29,999 coins)");
    });
    assertThat(classic.byName("TikTok Universe").get(0).price()).isEqualTo(Coins.of(44_999));
    assertThat(classic.byName("Universe").get(0).price()).isEqualTo(Coins.of(34_999));
    assertThat(classic.source()).isEqualTo("DOMAIN.md §2 table");
  }

  @Test
  void usersExtendOrReplaceTheCatalogAndGetANewOne() {
    Gift fire = Gift.builder().id(5523).name("Fire").price(Coins.of(1)).repeatable(true).build();
    GiftCatalog mine = bundled.plus(fire);
    assertThat(mine.byId(5523)).contains(fire);
    assertThat(mine.size()).isEqualTo(117);
    assertThat(mine.source()).isEqualTo("TikTok gift/list of 2024-01-05 +custom");
    assertThat(mine.plus(fire).source()).as("said once").isEqualTo(mine.source());
    assertThat(bundled.byId(5523)).isEmpty();
    Gift dearRose = bundled.byId(5655).orElseThrow().withPrice(Coins.of(2));
    GiftCatalog replaced = bundled.plusAll(List.of(dearRose));
    assertThat(replaced.size()).isEqualTo(116);
    assertThat(replaced.byId(5655).map(Gift::price)).contains(Coins.of(2));
    assertThat(replaced.gifts().indexOf(dearRose)).as("in place").isEqualTo(bundled.gifts().indexOf(bundled.byId(5655).get()));
    assertThat(replaced).isNotEqualTo(bundled);
    // Later ones win within one call.
    assertThat(bundled.plusAll(List.of(fire, fire.withPrice(Coins.of(3)))).byId(5523).map(Gift::price)).contains(Coins.of(3));
    assertThat(GiftCatalog.of(bundled.source(), bundled.gifts())).isEqualTo(bundled).hasSameHashCodeAs(bundled);
    assertThat(GiftCatalog.of(bundled.gifts())).as("another source").isNotEqualTo(bundled);
    assertThat(GiftCatalog.empty().plus(fire).gifts()).containsExactly(fire);
    assertThat(GiftCatalog.empty().size()).isZero();
    assertThat(GiftCatalog.empty().source()).isEqualTo("empty");
  }

  @Test
  void aGiftListEntryMapsToAGift() {
    // data.gifts[i] of a gift/list response: id, name, diamond_count (coins per gift), type (1 = combo).
    assertThat(Gift.fromGiftList(5655, "Rose", 1, 1)).isEqualTo(
        Gift.builder().id(5655).name("Rose").price(Coins.of(1)).repeatable(true).build());
    assertThat(Gift.fromGiftList(6369, "Lion", 29_999, 2).repeatable()).isFalse();
    assertThat(Gift.fromGiftList(7934, "Heart Me", 1, 4).repeatable()).isFalse();
    assertThat(Gift.fromGiftList(0, "x", 0, 0)).satisfies(g -> {
      assertThat(g.id()).hasValue(0);
      assertThat(g.price()).isEqualTo(Coins.ZERO);
    });
    assertThatThrownBy(() -> Gift.fromGiftList(-1, "x", 1, 1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("id must be >= 0, was -1");
    assertThatThrownBy(() -> Gift.fromGiftList(1, " ", 1, 1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("name must not be blank, was ' '");
    assertThatThrownBy(() -> Gift.fromGiftList(1, null, 1, 1)).isInstanceOf(NullPointerException.class).hasMessage("name");
    assertThatThrownBy(() -> Gift.fromGiftList(1, "x", -1, 1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("diamondCount must be >= 0, was -1");
  }

  @Test
  void badGiftsAndCatalogsNameTheField() {
    Gift rose = bundled.byId(5655).orElseThrow();
    assertThatThrownBy(() -> GiftCatalog.of(List.of(rose, rose.withName("Rose 2")))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("gifts must have unique ids, was 5655");
    assertThatThrownBy(() -> GiftCatalog.of(" ", List.of())).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("source must not be blank, was ' '");
    assertThatThrownBy(() -> GiftCatalog.of(java.util.Arrays.asList(rose, null))).isInstanceOf(NullPointerException.class)
        .hasMessage("gifts[1]");
    assertThatThrownBy(() -> rose.withName(" ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("name must not be blank, was ' '");
    assertThatThrownBy(() -> rose.withId(-1)).isInstanceOf(IllegalArgumentException.class).hasMessage("id must be >= 0, was -1");
    assertThatThrownBy(() -> bundled.byName(null)).isInstanceOf(NullPointerException.class).hasMessage("name");
    assertThatThrownBy(() -> bundled.plus(null)).isInstanceOf(NullPointerException.class).hasMessage("gift");
    assertThatThrownBy(() -> bundled.plusAll(java.util.Arrays.asList(rose, null))).isInstanceOf(NullPointerException.class)
        .hasMessage("more[1]");
    assertThat(rose.withRepeatable(false).repeatable()).isFalse();
    assertThat(rose.withId(7).id()).isEqualTo(OptionalLong.of(7));
  }

  @Test
  void theCatalogPrintsATable() {
    assertThat(bundled.toString()).startsWith("GiftCatalog TikTok gift/list of 2024-01-05 (116 gifts)")
        .containsPattern("  5655 +Rose +1 coin +yes")
        .containsPattern("  6369 +Lion +29,999 coins +no");
    assertThat(classic.toString()).containsPattern("  - +Lion +29,999 coins +no");
  }
}
