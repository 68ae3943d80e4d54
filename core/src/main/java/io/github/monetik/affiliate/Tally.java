package io.github.monetik.affiliate;

/** A running {@link Split}: the mutable slot a statement's accumulator adds lines into. */
final class Tally {
  private long earned;
  private long pending;
  private long payable;
  private long reversed;

  /** Adds one line's parts; every sum is exact. */
  void add(long earned, long pending, long payable, long reversed) {
    this.earned = Math.addExact(this.earned, earned);
    this.pending = Math.addExact(this.pending, pending);
    this.payable = Math.addExact(this.payable, payable);
    this.reversed = Math.addExact(this.reversed, reversed);
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
