package io.github.monetik.affiliate;

/** A running {@link Split}: the mutable slot a statement's accumulator adds lines into. */
final class Tally {
  private long earned;
  private long pending;
  private long payable;
  private long reversed;

  /** Adds one line's parts; every sum is exact. */
  void add(long earned, long pending, long payable, long reversed) {
    this.earned = sum(this.earned, earned);
    this.pending = sum(this.pending, pending);
    this.payable = sum(this.payable, payable);
    this.reversed = sum(this.reversed, reversed);
  }

  /** {@code a + b}, exact; an overflow names the operation. */
  static long sum(long a, long b) {
    long s = a + b;
    if (((a ^ s) & (b ^ s)) < 0) {
      throw new ArithmeticException("commission total overflows " + Long.MAX_VALUE + " minor units: " + a + " + " + b);
    }
    return s;
  }

  void add(Split s) {
    add(s.earned(), s.pending(), s.payable(), s.reversed());
  }

  void add(Tally t) {
    add(t.earned, t.pending, t.payable, t.reversed);
  }

  Tally copy() {
    Tally t = new Tally();
    t.add(this);
    return t;
  }

  Split split() {
    return new Split(earned, pending, payable, reversed);
  }
}
