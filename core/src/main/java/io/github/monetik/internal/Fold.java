package io.github.monetik.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * The state behind an immutable total whose {@code plus(element)} must stay cheap in a fold:
 * {@code plus} records the element and returns at once, and the state is built on the first read,
 * from the nearest ancestor already built (copied once) and the elements recorded since. A fold of
 * {@code n} {@code plus} calls read at its end costs {@code O(n)}, not {@code O(n^2)}; reading every
 * step costs what copying did before. The links to the ancestor are dropped once built, so a built
 * total holds only its state. Safe to share between threads.
 *
 * @param <S> the mutable state (a tally), never changed once built, only copied
 */
public final class Fold<S> {
  private volatile @Nullable S state;
  private @Nullable Fold<S> parent;
  private @Nullable Object element;

  private Fold(@Nullable S state, @Nullable Fold<S> parent, @Nullable Object element) {
    this.state = state;
    this.parent = parent;
    this.element = element;
  }

  /**
   * {@return a fold whose state is built already}
   *
   * @param state the state, not changed afterwards
   * @param <S> the state type
   */
  public static <S> Fold<S> of(S state) {
    return new Fold<>(state, null, null);
  }

  /**
   * {@return a fold of this one's elements and one more, in O(1)}
   *
   * @param next the element, not null; checked by the caller before (a bad element must fail here, not on a later read)
   */
  public Fold<S> plus(Object next) {
    return new Fold<>(null, this, next);
  }

  /**
   * The state, built on the first call.
   *
   * @param copy copies a built state (it is never changed in place)
   * @param add adds one recorded element to a copy
   * @return the state; callers must not change it
   */
  @SuppressWarnings("unchecked")
  public S state(UnaryOperator<S> copy, BiConsumer<S, Object> add) {
    S s = state;
    if (s != null) {
      return s;
    }
    synchronized (this) {
      s = state;
      if (s != null) {
        return s;
      }
      List<Object> pending = new ArrayList<>();
      Fold<S> at = this;
      S base;
      while (true) {
        Object[] link = at.link();
        if (link[0] != null) {
          base = (S) link[0];
          break;
        }
        pending.add(link[2]);
        at = (Fold<S>) link[1];
      }
      S built = copy.apply(base);
      for (int i = pending.size() - 1; i >= 0; i--) {
        add.accept(built, pending.get(i));
      }
      state = built;
      parent = null;
      element = null;
      return built;
    }
  }

  // One consistent read of a node: its state once built, else its parent and element.
  private synchronized Object[] link() {
    S s = state;
    return s != null ? new Object[] {s, null, null} : new Object[] {null, parent, element};
  }
}
