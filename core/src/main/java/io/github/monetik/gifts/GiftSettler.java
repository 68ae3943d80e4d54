package io.github.monetik.gifts;

import io.github.monetik.internal.Checks;
import io.github.monetik.money.Coins;
import io.github.monetik.report.Provenance;

/**
 * Settles a batch of gift messages one by one, for readers of large files: what the door's
 * {@code settle} and collectors do, as a builder you feed, split and combine yourself. Messages come
 * as {@link GiftEvent}s or, with no object per message, through a reused {@link GiftMessage}. At the
 * end, {@link #settlement()} lists every counted gift and {@link #snapshot()} gives the totals and
 * breakdowns without building them (a few array updates per gift).
 *
 * <p>Not thread-safe: one settler per thread or per chunk of a file, cut anywhere (inside combos
 * too), then {@link #combine(GiftSettler)} them in the file's order; the result is the one-pass
 * result. For a LIVE that is running, use {@code gifts.tally()} instead.
 *
 * <pre>{@code
 * GiftSettler settler = tiktok.gifts().settler();
 * GiftMessage m = new GiftMessage();
 * for (Record r : chunk) settler.accept(fill(m, r));
 * left.combine(settler);
 * LiveSnapshot totals = left.snapshot();
 * }</pre>
 */
public final class GiftSettler {
  private final ComboSettler settler;
  private final DiamondPolicy policy;
  private final Provenance provenance;

  GiftSettler(GiftCatalog catalog, DiamondPolicy policy, Provenance provenance) {
    this.settler = ComboSettler.batch(catalog, !catalog.gifts().isEmpty());
    this.policy = policy;
    this.provenance = provenance;
  }

  /**
   * {@return this settler, one message more}
   *
   * @param event the message
   * @throws NullPointerException if {@code event} is null
   * @throws ArithmeticException naming the operation if a coin total would exceed {@link Long#MAX_VALUE}
   *     (the settler is then unchanged)
   */
  public GiftSettler accept(GiftEvent event) {
    settler.accept(Checks.notNull(event, "event"));
    return this;
  }

  /**
   * {@return this settler, one message more: the message's current fields (the message may be reused at once)}
   *
   * @param message the message
   * @throws NullPointerException if {@code message} is null
   * @throws IllegalArgumentException naming the field if one is out of range or unset, as
   *     {@link GiftEvent}'s builder does
   * @throws ArithmeticException naming the operation if a coin total would exceed {@link Long#MAX_VALUE}
   */
  public GiftSettler accept(GiftMessage message) {
    Checks.notNull(message, "message").feed(settler);
    return this;
  }

  /**
   * Takes in everything another settler has seen, as if its messages had come after this one's.
   *
   * @param later a settler of the messages after this one's, from the same door
   * @return this settler; {@code later} must not be used afterwards
   * @throws IllegalArgumentException if {@code later} is this settler or checks another catalog
   * @throws ArithmeticException if a coin total would exceed {@link Long#MAX_VALUE}
   */
  public GiftSettler combine(GiftSettler later) {
    Checks.notNull(later, "later");
    if (later == this) {
      throw Checks.invalid("later", "another settler", "this one");
    }
    if (!later.settler.catalog().equals(settler.catalog())) {
      throw Checks.invalid("later", "a settler of the same gift catalog (" + settler.catalog().source() + ")",
          later.settler.catalog().source());
    }
    settler.combine(later.settler);
    return this;
  }

  /** {@return how many messages were fed} */
  public long messages() {
    return settler.messages();
  }

  /** {@return every message summed: what double-counting reports} */
  public Coins naiveCoins() {
    return Coins.of(settler.naiveCoins());
  }

  /** {@return the settled coins so far} */
  public Coins settledCoins() {
    return Coins.of(settler.settledCoins());
  }

  /** {@return the open combos' coins so far} */
  public Coins openCoins() {
    return Coins.of(settler.openCoins());
  }

  /** {@return every counted gift, open combos apart, with the issues} */
  public ComboSettlement settlement() {
    return settler.settlement(provenance);
  }

  /** {@return the totals and breakdowns, the open combos and the issues, without a list of every gift} */
  public LiveSnapshot snapshot() {
    return Snapshots.of(settler, policy, provenance);
  }

  @Override
  public String toString() {
    return "GiftSettler[" + messages() + " messages, " + settledCoins() + " settled]";
  }
}
