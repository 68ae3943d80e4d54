package io.github.monetik.examples.overlay;

import java.util.List;

/**
 * What the overlay page shows, as the server sends it (one JSON object per Server-Sent Event): every
 * number is formatted on the server from Monetik's exact values and sent as a string; the only
 * numbers are whole ones (the sequence number and the bars' per mille). The page computes nothing.
 *
 * @param seq increases with every state published (the SSE event id)
 * @param phase {@code waiting} (no message yet), {@code live} or {@code done} (the input ended)
 * @param status one line on the input, for example {@code ab.csv: 21 messages at max speed}
 * @param streamTime the stream's clock (the latest message time) in the page's zone, empty before the first
 * @param messages how many messages the tally was fed, grouped ({@code 1,250})
 * @param goal the goal bar
 * @param air the open combos, "in the air"
 * @param totals the settled gifts' totals
 * @param top the top gifters, most coins first
 * @param last the latest settled gifts, newest first
 * @param latest the newest settled gift as one sentence (for the page's {@code aria-live} region), empty before the first
 * @param chart creator cash per minute
 * @param issues how many kinds of settlement issue the tally reports, grouped
 */
public record PageState(long seq, String phase, String status, String streamTime, String messages, GoalBar goal, Air air,
    Totals totals, List<Gifter> top, List<LastGift> last, String latest, Chart chart, String issues) {
  /** Defensive copies. */
  public PageState {
    top = List.copyOf(top);
    last = List.copyOf(last);
  }

  /**
   * The goal bar.
   *
   * @param kind {@code coins}, {@code diamonds} or {@code creator cash}
   * @param target the goal ({@code USD 10.00})
   * @param value the settled gifts' value ({@code USD 0.565})
   * @param air what the open combos would add if they settled now
   * @param valueWithAir {@code value + air}
   * @param permille the bar's settled part: {@code floor(1000 * value / target)}, at most 1000 (also {@code aria-valuenow})
   * @param permilleWithAir where the bar's "in the air" part ends, the same for {@code valueWithAir}
   * @param percent {@code permille} as a percent, one decimal, rounded down ({@code 56.5%})
   * @param text the bar's spoken value ({@code aria-valuetext}): {@code USD 0.565 of USD 1.00 (56.5%)}
   * @param reached whether the settled value reached the target
   */
  public record GoalBar(String kind, String target, String value, String air, String valueWithAir, int permille,
      int permilleWithAir, String percent, String text, boolean reached) {}

  /**
   * The open combos: gifts "in the air", not counted.
   *
   * @param combos how many open combos
   * @param gifts the gifts they hold at their largest counts so far
   * @param coins their coins ({@code 52 coins})
   * @param creatorCash what they would earn the creator if they settled now
   */
  public record Air(String combos, String gifts, String coins, String creatorCash) {}

  /**
   * The settled gifts' totals, as {@code LiveSnapshot.earnings()} reports them.
   *
   * @param gifts how many gifts
   * @param coins their coins ({@code 1,250 coins})
   * @param diamonds the creator's diamonds ({@code 1,250 diamonds})
   * @param creatorCash the creator's cash, exact ({@code USD 6.25})
   * @param naiveCoins every message summed, what double-counting would report
   */
  public record Totals(String gifts, String coins, String diamonds, String creatorCash, String naiveCoins) {}

  /**
   * One of the top gifters.
   *
   * @param rank 1 for the first
   * @param id the sender's id
   * @param name the display name when the input had one, else the id
   * @param gifts how many settled gifts
   * @param coins their coins
   * @param creatorCash what they earned the creator
   */
  public record Gifter(String rank, String id, String name, String gifts, String coins, String creatorCash) {}

  /**
   * One of the latest settled gifts.
   *
   * @param key identifies the gift across revisions (a combo: sender, gift, group, host; a single gift: its message)
   * @param time when it counted, in the page's zone ({@code 19:04:12})
   * @param sender the sender's display name, else id
   * @param gift the gift's name, else {@code gift 5655}
   * @param count how many ({@code 12})
   * @param coins their coins
   * @param creatorCash what they earned the creator
   * @param kind {@code combo}, {@code expired combo} (settled after its idle time) or {@code gift}
   * @param revised whether a late message changed it after it first counted
   * @param text one sentence: {@code Mia sent 12 × Rose (12 coins)}
   */
  public record LastGift(String key, String time, String sender, String gift, String count, String coins,
      String creatorCash, String kind, boolean revised, String text) {}

  /**
   * Creator cash per minute, the last minutes up to the stream's time.
   *
   * @param title what the chart shows
   * @param max the largest minute's creator cash (the bars' 1000 per mille)
   * @param total the shown minutes' creator cash together
   * @param bars one per minute, oldest first, minutes without gifts included
   */
  public record Chart(String title, String max, String total, List<Bar> bars) {
    /** Defensive copy. */
    public Chart {
      bars = List.copyOf(bars);
    }
  }

  /**
   * One minute of the chart.
   *
   * @param minute the minute in the page's zone ({@code 19:04})
   * @param value its creator cash ({@code USD 0.16})
   * @param gifts how many gifts counted in it
   * @param permille the bar's height: {@code floor(1000 * value / max)}, 0 when every minute is empty
   */
  public record Bar(String minute, String value, String gifts, int permille) {}
}
