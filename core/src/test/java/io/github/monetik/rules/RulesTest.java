package io.github.monetik.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.monetik.Monetik;
import io.github.monetik.money.Rate;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RulesTest {
  @Test
  void latestIsTheBookOnTheNewestSourcedDay() {
    Rules latest = Rules.latest();
    assertThat(latest.provenance().id()).isEqualTo("latest");
    assertThat(latest.date()).isEqualTo(Rules.SOURCES_UP_TO);
    assertThat(latest.diamondPolicy()).isEqualTo(DiamondPresets.classic());
    assertThat(latest).isEqualTo(Rules.latest());
    assertThat(latest.toString()).contains("creator share 50%").contains("1 diamond(s) per coin");
  }

  @Test
  void asOfCarriesItsDateAndRefusesDaysBeforeTikTok() {
    assertThat(Rules.asOf(LocalDate.of(2021, 1, 1)).provenance().id()).isEqualTo("asOf:2021-01-01");
    assertThatThrownBy(() -> Rules.asOf(LocalDate.of(2010, 1, 1))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("date must be on or after 2016-09-01 (TikTok's origin), was 2010-01-01");
    assertThatThrownBy(() -> Rules.asOf(null)).isInstanceOf(NullPointerException.class).hasMessage("date");
  }

  @Test
  void overridingAPartGivesANewBookAndLeavesTheOldOne() {
    Rules latest = Rules.latest();
    Rules mine = latest.withDiamondPolicy(latest.diamondPolicy().withCreatorShare(Rate.percent(53)));
    assertThat(mine.diamondPolicy().creatorShare()).isEqualTo(Rate.percent(53));
    assertThat(latest.diamondPolicy().creatorShare()).isEqualTo(Rate.percent(50));
    assertThat(mine.provenance().id()).isEqualTo("latest +diamondPolicy");
    assertThat(mine.withDiamondPolicy(mine.diamondPolicy()).provenance().id()).isEqualTo("latest +diamondPolicy");
    assertThatThrownBy(() -> latest.withDiamondPolicy(null)).isInstanceOf(NullPointerException.class).hasMessage("diamondPolicy");
  }

  @Test
  void everyDayFromTikToksOriginHasABook() {
    qt().forAll(integers().between(0, 20 * 366)).checkAssert(days -> {
      LocalDate day = Rules.EARLIEST.plusDays(days);
      assertThat(Rules.asOf(day).date()).isEqualTo(day);
      assertThat(Monetik.asOf(day).rules()).isEqualTo(Rules.asOf(day));
    });
  }

  @Test
  void booksAndDoorsAreValues() {
    Rules latest = Rules.latest();
    Rules other = Rules.asOf(LocalDate.of(2021, 1, 1));
    assertThat(latest).isNotEqualTo(other).isNotEqualTo("latest");
    assertThat(latest.hashCode()).isEqualTo(Rules.latest().hashCode()).isNotEqualTo(other.hashCode());
    assertThat(Monetik.defaults()).isEqualTo(Monetik.defaults()).hasSameHashCodeAs(Monetik.defaults())
        .isNotEqualTo(Monetik.of(other));
    assertThat(Monetik.defaults().hashCode()).isNotEqualTo(Monetik.of(other).hashCode());
  }

  @Test
  void theFrontDoorHoldsItsRules() {
    Monetik tiktok = Monetik.defaults();
    assertThat(tiktok.rules()).isEqualTo(Rules.latest());
    Rules mine = tiktok.rules().withDiamondPolicy(tiktok.rules().diamondPolicy().withCreatorShare(Rate.percent(53)));
    assertThat(tiktok.withRules(mine).rules()).isSameAs(mine);
    assertThat(tiktok.rules()).isEqualTo(Rules.latest());
    assertThat(Monetik.of(mine)).isEqualTo(tiktok.withRules(mine)).hasToString("Monetik[rules latest +diamondPolicy]");
    assertThatThrownBy(() -> tiktok.withRules(null)).isInstanceOf(NullPointerException.class).hasMessage("rules");
  }
}
