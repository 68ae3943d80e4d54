package io.github.monetik.examples.overlay;

import io.github.monetik.gifts.CountedGift;
import io.github.monetik.gifts.DiamondPolicy;
import io.github.monetik.gifts.EarningsRow;
import io.github.monetik.gifts.LiveEarnings;
import io.github.monetik.gifts.LiveSnapshot;
import io.github.monetik.money.Coins;
import io.github.monetik.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a tally's snapshot into what the page shows ({@link PageState}): every figure formatted here,
 * from Monetik's exact values ({@code Coins}, {@code Diamonds}, {@code Money}); the bars' sizes are
 * whole per mille computed in {@code BigDecimal}, rounded down. Stateless.
 */
final class PageStates {
  private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

  private PageStates() {}

  /**
   * {@return the page's state}
   *
   * @param seq the state's sequence number
   * @param phase {@code waiting}, {@code live} or {@code done}
   * @param status one line on the input
   * @param s the tally now
   * @param last the latest settled gifts, newest first
   * @param o the overlay's options (goal, list sizes, chart minutes, zone)
   */
  static PageState of(long seq, String phase, String status, LiveSnapshot s, List<LastGifts.Entry> last, OverlayOptions o) {
    LiveEarnings e = s.earnings();
    DiamondPolicy policy = e.diamondPolicy();
    DateTimeFormatter clock = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT).withZone(o.zone());
    Goal.Progress p = o.goal().progress(s);
    PageState.GoalBar goal = new PageState.GoalBar(o.goal().kind().label(), o.goal().targetText(), p.value(), p.air(),
        p.valueWithAir(), p.permille(), p.permilleWithAir(), p.percent(), p.text(), p.reached());
    PageState.Air air = new PageState.Air(grouped(s.open().size()), grouped(s.openGifts()), s.openCoins().toString(),
        policy.creatorCashFor(s.openCoins()).toString());
    PageState.Totals totals = new PageState.Totals(grouped(e.gifts()), e.coins().toString(), e.diamonds().toString(),
        e.creatorCash().toString(), s.naiveCoins().toString());
    List<PageState.Gifter> top = new ArrayList<>();
    int rank = 1;
    for (EarningsRow r : e.topSenders(o.top())) {
      top.add(new PageState.Gifter(Integer.toString(rank++), r.label(), r.name().orElse(r.label()), grouped(r.gifts()),
          r.coins().toString(), r.creatorCash().toString()));
    }
    List<PageState.LastGift> gifts = new ArrayList<>();
    for (LastGifts.Entry entry : last.subList(0, Math.min(last.size(), o.last()))) {
      CountedGift g = entry.gift();
      String sender = g.senderName().orElse(g.senderId());
      String name = g.giftName().orElse("gift " + g.giftId());
      String kind = g.combo() ? (g.isExpired() ? "expired combo" : "combo") : "gift";
      gifts.add(new PageState.LastGift(entry.key(), clock.format(g.timestamp()), sender, name, grouped(g.count()),
          g.coins().toString(), entry.creatorCash().toString(), kind, entry.revised(),
          sender + " sent " + grouped(g.count()) + " × " + name + " (" + g.coins() + ")"));
    }
    String latest = gifts.isEmpty() ? "" : gifts.get(0).text();
    String streamTime = s.streamTime().map(clock::format).orElse("");
    return new PageState(seq, phase, status, streamTime, grouped(s.messages()), goal, air, totals, top, gifts, latest,
        chart(s, o), grouped(s.issues().size()));
  }

  /** Creator cash per minute, the chart's minutes ending at the stream's minute, empty minutes included. */
  static PageState.Chart chart(LiveSnapshot s, OverlayOptions o) {
    LiveEarnings e = s.earnings();
    Money zero = e.diamondPolicy().creatorCashFor(Coins.ZERO);
    String title = "creator cash per minute, last " + o.chartMinutes() + " min";
    if (s.streamTime().isEmpty()) {
      return new PageState.Chart(title, zero.toString(), zero.toString(), List.of());
    }
    Map<Instant, EarningsRow> byMinute = e.byMinute();
    long end = Math.floorDiv(s.streamTime().get().getEpochSecond(), 60);
    List<Instant> minutes = new ArrayList<>();
    for (long m = end - o.chartMinutes() + 1; m <= end; m++) {
      minutes.add(Instant.ofEpochSecond(m * 60));
    }
    Money max = zero;
    Money total = zero;
    for (Instant m : minutes) {
      EarningsRow r = byMinute.get(m);
      if (r != null) {
        total = total.plus(r.creatorCash());
        max = r.creatorCash().amount().compareTo(max.amount()) > 0 ? r.creatorCash() : max;
      }
    }
    DateTimeFormatter hm = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT).withZone(o.zone());
    List<PageState.Bar> bars = new ArrayList<>();
    for (Instant m : minutes) {
      EarningsRow r = byMinute.get(m);
      Money v = r == null ? zero : r.creatorCash();
      int permille = max.amount().signum() == 0 ? 0
          : v.amount().multiply(THOUSAND).divide(max.amount(), 0, RoundingMode.FLOOR).intValueExact();
      bars.add(new PageState.Bar(hm.format(m), v.toString(), grouped(r == null ? 0 : r.gifts()), permille));
    }
    return new PageState.Chart(title, max.toString(), total.toString(), bars);
  }

  /** {@return {@code 1,250}} */
  static String grouped(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }
}
