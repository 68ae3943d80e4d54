package io.github.monetik.gifts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.monetik.Monetik;
import io.github.monetik.money.Coins;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class GiftCatalogTest {
  private final GiftCatalog bundled = Monetik.defaults().gifts().giftCatalog();

  @Test
  void theBundledCatalogKnowsTheSourcedIdsAndNoOthers() {
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
    assertThat(bundled.gifts()).filteredOn(g -> g.id().isPresent()).hasSize(4);
    assertThat(bundled.byId(5523)).isEmpty();
    assertThat(bundled.contains(5655)).isTrue();
    assertThat(bundled.contains(5523)).isFalse();
    assertThat(bundled.size()).isEqualTo(22);
  }

  @Test
  void namesAreLookedUpIgnoringCaseAndMayMatchSeveralGifts() {
    assertThat(bundled.byName("  lion ")).singleElement().satisfies(g -> {
      assertThat(g.price()).isEqualTo(Coins.of(29_999));
      assertThat(g.repeatable()).isFalse();
      assertThat(g.id()).isEmpty();
      assertThat(g).hasToString("Lion (29,999 coins)");
    });
    assertThat(bundled.byName("TikTok Universe").get(0).price()).isEqualTo(Coins.of(44_999));
    assertThat(bundled.byName("Universe").get(0).price()).isEqualTo(Coins.of(34_999));
    assertThat(bundled.byName("nope")).isEmpty();
    Gift other = Gift.builder().name("Rose").price(Coins.of(2)).repeatable(false).build();
    assertThat(bundled.with(other).byName("rose")).hasSize(2);
  }

  @Test
  void usersExtendOrReplaceTheCatalogAndGetANewOne() {
    Gift fire = Gift.builder().id(5523).name("Fire").price(Coins.of(1)).repeatable(true).build();
    GiftCatalog mine = bundled.with(fire);
    assertThat(mine.byId(5523)).contains(fire);
    assertThat(mine.size()).isEqualTo(23);
    assertThat(bundled.byId(5523)).isEmpty();
    Gift dearRose = bundled.byId(5655).orElseThrow().withPrice(Coins.of(2));
    GiftCatalog replaced = bundled.withAll(List.of(dearRose));
    assertThat(replaced.size()).isEqualTo(22);
    assertThat(replaced.byId(5655).map(Gift::price)).contains(Coins.of(2));
    assertThat(replaced.gifts().get(0)).isEqualTo(dearRose);
    assertThat(replaced).isNotEqualTo(bundled);
    assertThat(GiftCatalog.of(bundled.gifts())).isEqualTo(bundled).hasSameHashCodeAs(bundled);
    assertThat(GiftCatalog.empty().with(fire).gifts()).containsExactly(fire);
    assertThat(GiftCatalog.empty().size()).isZero();
  }

  @Test
  void badGiftsAndCatalogsNameTheField() {
    Gift rose = bundled.byId(5655).orElseThrow();
    assertThatThrownBy(() -> GiftCatalog.of(List.of(rose, rose.withName("Rose 2")))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("gifts must have unique ids, was 5655");
    assertThatThrownBy(() -> rose.withName(" ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("name must not be blank, was ' '");
    assertThatThrownBy(() -> rose.withId(-1)).isInstanceOf(IllegalArgumentException.class).hasMessage("id must be >= 0, was -1");
    assertThatThrownBy(() -> bundled.byName(null)).isInstanceOf(NullPointerException.class).hasMessage("name");
    assertThatThrownBy(() -> bundled.with(null)).isInstanceOf(NullPointerException.class).hasMessage("gift");
    assertThat(rose.withRepeatable(false).repeatable()).isFalse();
    assertThat(rose.withId(7).id()).isEqualTo(OptionalLong.of(7));
  }

  @Test
  void theCatalogPrintsATable() {
    assertThat(bundled.toString()).startsWith("GiftCatalog (22 gifts)")
        .contains("  5655       Rose                       1 coin yes")
        .contains("  -          Lion                 29,999 coins no");
  }
}
