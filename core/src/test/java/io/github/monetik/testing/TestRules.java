package io.github.monetik.testing;

import io.github.monetik.gifts.GiftCatalog;
import io.github.monetik.gifts.Gifts;
import io.github.monetik.report.Provenance;
import io.github.monetik.rules.DiamondPresets;
import io.github.monetik.rules.WithdrawalPresets;
import io.github.monetik.rules.Rules;
import java.time.LocalDate;

/** The provenance tests give doors they build by hand: the latest book's, or a book of a day. */
public final class TestRules {
  /** The latest book's provenance. */
  public static final Provenance PROVENANCE = Rules.latest().provenance();

  private TestRules() {}

  /** {@return the gifts door of the latest book, but with an empty catalog: no gift id is checked} */
  public static Gifts uncheckedGifts() {
    return Gifts.of(DiamondPresets.classic(), GiftCatalog.empty(), WithdrawalPresets.wallet(), PROVENANCE);
  }

  /** {@return the gifts door of the latest book with this catalog} @param catalog the gifts to check ids against */
  public static Gifts gifts(GiftCatalog catalog) {
    return Gifts.of(DiamondPresets.classic(), catalog, WithdrawalPresets.wallet(), PROVENANCE);
  }

  /** {@return the provenance of the book in force on {@code date}} @param date the day */
  public static Provenance asOf(LocalDate date) {
    return Rules.asOf(date).provenance();
  }
}
