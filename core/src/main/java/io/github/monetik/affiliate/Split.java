package io.github.monetik.affiliate;

/**
 * A commission's four parts in minor units, which always add up: {@code earned = pending + payable
 * + reversed}. What travels from the engine to lines, orders and statements (once a {@code long[4]}
 * read by index).
 */
record Split(long earned, long pending, long payable, long reversed) {
  static final Split ZERO = new Split(0, 0, 0, 0);

  /** Both added, part by part; an overflow throws {@link ArithmeticException}. */
  Split plus(Split other) {
    return new Split(Tally.sum(earned, other.earned), Tally.sum(pending, other.pending),
        Tally.sum(payable, other.payable), Tally.sum(reversed, other.reversed));
  }
}
