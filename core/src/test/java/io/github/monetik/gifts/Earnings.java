package io.github.monetik.gifts;

import io.github.monetik.rules.WithdrawalPresets;
import io.github.monetik.testing.TestRules;
import java.util.List;
import java.util.stream.Collector;

/** Earnings under a policy of the test's choosing, through a door as users make them. */
final class Earnings {
  private Earnings() {}

  static Gifts door(DiamondPolicy policy) {
    return Gifts.of(policy, GiftCatalog.empty(), WithdrawalPresets.wallet(), TestRules.PROVENANCE);
  }

  static LiveEarnings of(Iterable<CountedGift> gifts, DiamondPolicy policy) {
    return door(policy).earnings(gifts);
  }

  static LiveEarnings empty(DiamondPolicy policy) {
    return door(policy).earnings(List.of());
  }

  static Collector<CountedGift, ?, LiveEarnings> collector(DiamondPolicy policy) {
    return door(policy).toEarnings();
  }
}
