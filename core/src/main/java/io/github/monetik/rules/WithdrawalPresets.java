package io.github.monetik.rules;

import io.github.monetik.gifts.WithdrawalPolicy;
import io.github.monetik.internal.Checks;
import io.github.monetik.money.Money;
import java.time.LocalDate;

/**
 * Sourced presets for withdrawing a creator's diamonds as cash. Every number names its source, date
 * and confidence, as collected in the project's {@code DOMAIN.md} §2.
 */
public final class WithdrawalPresets {
  private WithdrawalPresets() {}

  /**
   * The withdrawal policy on a day: {@link #wallet()} on every date (see there why).
   *
   * @param date the day
   * @return the policy that day
   */
  public static WithdrawalPolicy asOf(LocalDate date) {
    Checks.notNull(date, "date");
    return wallet();
  }

  /**
   * LIVE withdrawals: at most USD 1,000 per calendar day, processed within 15 days, no TikTok fee;
   * support.tiktok.com/en/live-gifts-wallet/wallet, confidence H.
   *
   * <p>The minimum: TikTok says a threshold applies but does not state it today. The preset keeps the
   * last published one, USD 100 (support.tiktok.com/knowledge-base/withdrawal-instructions, the 2019
   * rules, confidence H for 2019, L for today), as a conservative default: a plan never promises a
   * withdrawal the unstated threshold may refuse. Blogs claim USD 10 (followchain.org, confidence L):
   * reach it with {@code withMinimum(Money.of("10", "USD"))}. The 2019 rules stated no daily cap and no
   * processing window (PayPal could hold funds 21 more days), so the book uses this preset for every
   * date.
   *
   * @return the LIVE withdrawal policy
   */
  public static WithdrawalPolicy wallet() {
    return WithdrawalPolicy.builder()
        .dailyCap(Money.of("1000", "USD"))
        .minimum(Money.of("100", "USD"))
        .processingDays(15)
        .build();
  }
}
