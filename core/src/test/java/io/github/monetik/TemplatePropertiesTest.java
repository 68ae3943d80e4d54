package io.github.monetik;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * The template's law for doors (ARCHITECTURE.md, "Doors"): two doors are equal exactly when they are
 * of one type and made of equal parts, and equal doors hash alike. Books of rules of days from TikTok's start (2016-09-01)
 * to 2026-12-01 give doors that share some parts and differ in others.
 */
class TemplatePropertiesTest {
  private static final LocalDate FIRST = LocalDate.of(2016, 9, 1);

  @Test
  void doorsAreEqualExactlyWhenTheirPartsAreAndEqualDoorsHashAlike() {
    // The second day is the first or one of the two after it, so equal doors built apart are common.
    qt().forAll(integers().between(0, 3741), integers().between(0, 2)).checkAssert((a, later) -> {
      Monetik x = Monetik.asOf(FIRST.plusDays(a));
      Monetik y = Monetik.asOf(FIRST.plusDays(a + later));
      for (List<Object> pair : List.<List<Object>>of(
          List.of(x.coins(), y.coins(), parts(x.coins().coinPrices(), x.coins().provenance()),
              parts(y.coins().coinPrices(), y.coins().provenance())),
          List.of(x.gifts(), y.gifts(),
              parts(x.gifts().diamondPolicy(), x.gifts().giftCatalog(), x.gifts().withdrawalPolicy(), x.gifts().provenance()),
              parts(y.gifts().diamondPolicy(), y.gifts().giftCatalog(), y.gifts().withdrawalPolicy(), y.gifts().provenance())),
          List.of(x.streaks(), y.streaks(), parts(x.streaks().streakPolicy(), x.streaks().provenance()),
              parts(y.streaks().streakPolicy(), y.streaks().provenance())),
          List.of(x.programs(), y.programs(), parts(x.programs().programPolicy(), x.programs().provenance()),
              parts(y.programs().programPolicy(), y.programs().provenance())),
          List.of(x.affiliate(), y.affiliate(), parts(x.affiliate().commissionPolicy(), x.affiliate().provenance()),
              parts(y.affiliate().commissionPolicy(), y.affiliate().provenance())),
          List.of(x.income(), y.income(), parts(x.income().incomePolicy(), x.income().provenance()),
              parts(y.income().incomePolicy(), y.income().provenance())),
          List.of(x, y, parts(x.rules()), parts(y.rules())))) {
        Object one = pair.get(0);
        Object other = pair.get(1);
        assertThat(one.equals(other)).as("%s vs %s", one, other).isEqualTo(pair.get(2).equals(pair.get(3)));
        if (one.equals(other)) {
          assertThat(one.hashCode()).isEqualTo(other.hashCode());
        }
        assertThat(one).isEqualTo(one).isNotEqualTo(null);
      }
      // Doors of two types are never equal, whatever their parts.
      assertThat(List.<Object>of(x.coins(), x.gifts(), x.streaks(), x.programs(), x.affiliate(), x.income(), x))
          .doesNotHaveDuplicates();
    });
  }

  @Test
  void aSettingIsAPartOfTheDoorItIsMadeWith() {
    Monetik m = Monetik.defaults();
    assertThat(m.streaks().in(ZoneId.of("Asia/Tokyo"))).isNotEqualTo(m.streaks())
        .isEqualTo(m.streaks().in(ZoneId.of("Asia/Tokyo")));
    assertThat(m.streaks().in(ZoneId.of("Asia/Tokyo")).hashCode())
        .isEqualTo(m.streaks().in(ZoneId.of("Asia/Tokyo")).hashCode());
  }

  private static List<Object> parts(Object... parts) {
    return List.of(Objects.requireNonNull(parts));
  }
}
