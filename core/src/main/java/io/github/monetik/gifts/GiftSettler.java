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
 * <p>Between machines (Spark, Flink), a settler travels as bytes: {@link #toBytes()} on one side,
 * {@link Gifts#settler(byte[])} of the same door on the other, which behaves exactly as the settler
 * did.
 *
 * <p><b>The merge law</b> (what an engine may rely on when it merges partial settlements):
 *
 * <ul>
 *   <li><em>Associative, with an identity.</em> Cut a stream into consecutive chunks, settle each,
 *       and combine them in any grouping that keeps their order ({@code (a+b)+c} or {@code a+(b+c)}):
 *       the result is what one settler fed the whole stream gives ({@link #snapshot()},
 *       {@link #settlement()}, {@link #messages()} and the coins). A new settler is the identity.
 *   <li><em>Commutative when every repeatable message has a group id.</em> Then {@code a.combine(b)}
 *       and {@code b.combine(a)} give the same snapshot, settlement, messages and coins, so partials
 *       may be merged in any order and any grouping: each combo is keyed by (sender, gift, group) and
 *       keeps its largest count, the price of that count (the lowest if several), the smallest host
 *       id; a non-repeatable message copied keeps its greatest version (count, price, time, host);
 *       a sender's name is that of its latest message (ties: the smaller name), a gift's name the
 *       catalog's, else the smallest; issues are counted per kind and gift, and every list is
 *       sorted. What the merge order still changes is internal only: the order in which ids are
 *       numbered, and so the bytes of {@link #toBytes()} (not what they restore to).
 *   <li><em>Ordered for messages without group id</em> ({@link SettlementIssue.Kind#MISSING_GROUP_ID}).
 *       Only stream order can place them: a chunk's first such message of a sender's gift continues
 *       the previous chunk's current combo of that gift, or starts a new one. Partials holding such
 *       messages must be combined in stream order (left before right); an engine must carry each
 *       partial's position in the stream (a partition's and chunk's index) and merge by it, not in
 *       arrival order. Even so, a copy of such a message that lands in a later chunk than the
 *       original is placed by that chunk alone, so it may be placed otherwise than one pass would.
 * </ul>
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
    this(ComboSettler.batch(catalog, !catalog.gifts().isEmpty()), policy, provenance);
  }

  private GiftSettler(ComboSettler settler, DiamondPolicy policy, Provenance provenance) {
    this.settler = settler;
    this.policy = policy;
    this.provenance = provenance;
  }

  /** {@return the settler a form holds, restored under the door's catalog, policy and provenance} */
  static GiftSettler restore(byte[] form, GiftCatalog catalog, DiamondPolicy policy, Provenance provenance) {
    ComboSettler s = SettlerForm.read(form, catalog, !catalog.gifts().isEmpty(), SettlerForm.digest(catalog, policy));
    return new GiftSettler(s, policy, provenance);
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

  /**
   * The settler's whole state as compact bytes, for an engine to ship to another machine and restore
   * there with {@link Gifts#settler(byte[])} of the same door.
   *
   * <p>The form holds what the messages made: the sender, host and gift id tables with the senders'
   * display names and their times, the gift names messages gave for gifts the catalog does not
   * know, every single-gift and combo record (open and settled), the issue counts that only the
   * messages can tell (unknown gifts, catalog mismatches, missing group ids), the message count, the
   * naive coins and the stream time. It does not hold the door: not the gift catalog, the diamond
   * policy or the provenance, which the restoring door supplies. What follows from the rest (the
   * settled and open totals, the other issue counts) is recomputed on restore, never read.
   *
   * <p>Versioned: the form starts with {@code MNTK}, its kind {@code 'G'} and its version, 1; a reader
   * refuses a version it does not know (a newer one included), and never guesses. It then holds a
   * 64-bit digest of the door's rules: every gift of the catalog (id, price, combo flag and name,
   * sorted by id, and whether the catalog is empty) and the diamond policy's coin value, creator
   * share and diamond value. A form is restored only under a door whose rules digest the same.
   *
   * <p>Deterministic: a settler restored from these bytes writes the same bytes again. The settler is
   * unchanged; the time and size are linear in its state.
   *
   * @return the form; a new array
   */
  public byte[] toBytes() {
    return SettlerForm.write(settler, SettlerForm.digest(settler.catalog(), policy));
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
