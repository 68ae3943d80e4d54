package io.github.monetik.coins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.monetik.Monetik;
import io.github.monetik.money.Coins;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoinWalletTest {
  private final CoinQuote web = Monetik.defaults().coins().quote(Coins.of(1_000), Channel.WEB);

  @Test
  void creditsAndSpendsAreRecordedInOrder() {
    CoinWallet w = CoinWallet.empty().credit(web).spend(Coins.of(100)).credit(Coins.of(5));
    assertThat(w.balance()).isEqualTo(Coins.of(905));
    assertThat(w.credited()).isEqualTo(Coins.of(1_005));
    assertThat(w.spent()).isEqualTo(Coins.of(100));
    assertThat(w.history()).extracting(CoinWallet.Entry::kind)
        .containsExactly(CoinWallet.Movement.CREDIT, CoinWallet.Movement.SPEND, CoinWallet.Movement.CREDIT);
    assertThat(w.history()).extracting(CoinWallet.Entry::balanceAfter)
        .containsExactly(Coins.of(1_000), Coins.of(900), Coins.of(905));
    assertThat(w.history().get(0).quote()).contains(web);
    assertThat(w.history().get(2).quote()).isEmpty();
    assertThat(w.history()).extracting(Object::toString)
        .containsExactly("+1,000 coins -> 1,000 coins (WEB, USD 10.60)", "-100 coins -> 900 coins", "+5 coins -> 905 coins");
    assertThat(w).hasToString("CoinWallet[balance 905 coins, credited 1,005 coins, spent 100 coins, 3 entries]");
    assertThat(CoinWallet.empty().credit(Coins.of(1))).hasToString("CoinWallet[balance 1 coin, credited 1 coin, spent 0 coins, 1 entry]");
    assertThat(CoinWallet.empty().history()).isEmpty();
  }

  @Test
  void aQuoteCreditsEveryCoinBoughtSurplusIncluded() {
    CoinQuote ios = Monetik.defaults().coins().quote(Coins.of(1_000), Channel.IOS);
    assertThat(CoinWallet.empty().credit(ios).balance()).isEqualTo(Coins.of(1_040));
  }

  @Test
  void spendingMoreThanTheBalanceSaysHowManyAreMissingAndChangesNothing() {
    CoinWallet w = CoinWallet.empty().credit(web).spend(Coins.of(100));
    assertThatThrownBy(() -> w.spend(Coins.of(29_999))).isInstanceOfSatisfying(InsufficientCoinsException.class, e -> {
      assertThat(e.missing()).isEqualTo(Coins.of(29_099));
      assertThat(e.balance()).isEqualTo(Coins.of(900));
      assertThat(e.requested()).isEqualTo(Coins.of(29_999));
    }).hasMessage("coins: cannot spend 29,999 coins from a balance of 900 coins, 29,099 coins missing");
    assertThat(w.balance()).isEqualTo(Coins.of(900));
    assertThat(w.canSpend(Coins.of(900))).isTrue();
    assertThat(w.canSpend(Coins.of(901))).isFalse();
    assertThat(w.spend(Coins.of(900)).balance()).isEqualTo(Coins.ZERO);
  }

  @Test
  void badInputNamesTheArgument() {
    CoinWallet w = CoinWallet.empty();
    assertThatThrownBy(() -> w.credit(Coins.ZERO)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("coins to credit must be >= 1, was 0 coins");
    assertThatThrownBy(() -> w.spend(Coins.ZERO)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("coins to spend must be >= 1, was 0 coins");
    assertThatThrownBy(() -> w.credit((Coins) null)).isInstanceOf(NullPointerException.class).hasMessage("coins");
    assertThatThrownBy(() -> w.credit((CoinQuote) null)).isInstanceOf(NullPointerException.class).hasMessage("quote");
    assertThatThrownBy(() -> w.spend(null)).isInstanceOf(NullPointerException.class).hasMessage("coins");
    assertThatThrownBy(() -> w.canSpend(null)).isInstanceOf(NullPointerException.class).hasMessage("coins");
    assertThatThrownBy(() -> CoinWallet.replay(null)).isInstanceOf(NullPointerException.class).hasMessage("history");
  }

  @Test
  void creditsBeyondLongMaxAreRefusedNamingTheCoins() {
    CoinWallet full = CoinWallet.empty().credit(Coins.of(Long.MAX_VALUE));
    assertThatThrownBy(() -> full.credit(Coins.of(1))).isInstanceOf(ArithmeticException.class)
        .hasMessage("coins: crediting 1 coin to a wallet that has received 9,223,372,036,854,775,807 coins would exceed "
            + Long.MAX_VALUE + " coins");
    // The lifetime credits overflow even when the balance would not.
    CoinWallet spentAll = full.spend(Coins.of(Long.MAX_VALUE));
    assertThatThrownBy(() -> spentAll.credit(Coins.of(1))).isInstanceOf(ArithmeticException.class);
  }

  @Test
  void replayRebuildsTheWalletAndRefusesAForgedHistory() {
    CoinWallet w = CoinWallet.empty().credit(web).spend(Coins.of(100));
    assertThat(CoinWallet.replay(w.history())).isEqualTo(w).hasSameHashCodeAs(w);
    CoinWallet.Entry forged = CoinWallet.empty().credit(Coins.of(7)).history().get(0);
    List<CoinWallet.Entry> bad = List.of(w.history().get(0), forged);
    assertThatThrownBy(() -> CoinWallet.replay(bad)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("history entry 2 says balance 7 coins but the replay gives 1,007 coins");
    List<CoinWallet.Entry> overdraft = List.of(CoinWallet.empty().credit(Coins.of(5)).spend(Coins.of(5)).history().get(1));
    assertThatThrownBy(() -> CoinWallet.replay(overdraft)).isInstanceOf(InsufficientCoinsException.class);
  }

  @Test
  void walletsAndEntriesAreValues() {
    CoinWallet a = CoinWallet.empty().credit(Coins.of(5));
    assertThat(a).isEqualTo(CoinWallet.empty().credit(Coins.of(5))).isNotEqualTo(CoinWallet.empty().credit(Coins.of(6)))
        .isNotEqualTo(CoinWallet.empty().credit(Coins.of(3)).credit(Coins.of(2))).isNotEqualTo("wallet");
    assertThat(a.spend(Coins.of(5))).isNotEqualTo(CoinWallet.empty());
    CoinWallet.Entry e = a.history().get(0);
    assertThat(e).isEqualTo(CoinWallet.empty().credit(Coins.of(5)).history().get(0))
        .hasSameHashCodeAs(CoinWallet.empty().credit(Coins.of(5)).history().get(0))
        .isNotEqualTo(CoinWallet.empty().credit(web).history().get(0)).isNotEqualTo("entry");
    assertThat(e.coins()).isEqualTo(Coins.of(5));
    assertThat(a.hashCode()).isNotEqualTo(CoinWallet.empty().credit(Coins.of(6)).hashCode());
    assertThat(e.hashCode()).isNotEqualTo(CoinWallet.empty().credit(Coins.of(6)).history().get(0).hashCode());
  }
}
