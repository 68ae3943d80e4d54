package io.github.monetik.coins;

import static io.github.monetik.testing.CoinGenerators.walletOperations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;

import io.github.monetik.money.Coins;
import org.junit.jupiter.api.Test;

/** A wallet's laws under any sequence of credits and (often too large) spends. */
class CoinWalletPropertiesTest {
  @Test
  void theBalanceNeverGoesNegativeAndIsAlwaysCreditsMinusSpends() {
    qt().forAll(walletOperations()).checkAssert(ops -> {
      CoinWallet w = CoinWallet.empty();
      long model = 0;
      long credits = 0;
      long spends = 0;
      for (long op : ops) {
        if (op > 0) {
          w = w.credit(Coins.of(op));
          model += op;
          credits += op;
        } else if (-op <= model) {
          w = w.spend(Coins.of(-op));
          model += op;
          spends -= op;
        } else {
          CoinWallet before = w;
          InsufficientCoinsException e = catchThrowableOfType(InsufficientCoinsException.class,
              () -> before.spend(Coins.of(-op)));
          assertThat(e.missing()).isEqualTo(Coins.of(-op - model));
          assertThat(w).isEqualTo(before);
        }
        assertThat(w.balance().count()).isEqualTo(model).isNotNegative();
        assertThat(w.balance()).isEqualTo(w.credited().minus(w.spent()));
      }
      assertThat(w.credited()).isEqualTo(Coins.of(credits));
      assertThat(w.spent()).isEqualTo(Coins.of(spends));
    });
  }

  @Test
  void theHistoryReplaysToTheSameWallet() {
    qt().forAll(walletOperations()).checkAssert(ops -> {
      CoinWallet w = CoinWallet.empty();
      for (long op : ops) {
        if (op > 0) {
          w = w.credit(Coins.of(op));
        } else if (w.canSpend(Coins.of(-op))) {
          w = w.spend(Coins.of(-op));
        }
      }
      assertThat(CoinWallet.replay(w.history())).isEqualTo(w);
      long balance = 0;
      for (CoinWallet.Entry e : w.history()) {
        balance += e.kind() == CoinWallet.Movement.CREDIT ? e.coins().count() : -e.coins().count();
        assertThat(e.balanceAfter().count()).isEqualTo(balance);
      }
      assertThat(w.balance().count()).isEqualTo(balance);
    });
  }
}
