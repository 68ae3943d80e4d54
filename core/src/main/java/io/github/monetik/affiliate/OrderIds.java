package io.github.monetik.affiliate;

import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The ids of a statement's orders, so that an order given twice is refused rather than counted
 * twice. Shared along a fold of {@code plus}: each statement holds the log and how many of its ids
 * are its own, so adding to the newest statement of a fold is O(1); adding to an older one (a
 * branch) first copies its own ids. Safe to share between threads.
 */
final class OrderIds {
  private static final OrderIds NONE = new OrderIds(new Log(List.of()), 0);

  /** Every id appended along one line of statements, in order, and the same as a set. */
  private static final class Log {
    final Set<String> set;
    final List<String> order;

    Log(Collection<String> ids) {
      set = new HashSet<>(ids);
      order = new ArrayList<>(ids);
    }
  }

  private final Log log;
  private final int size;
  private volatile @Nullable Set<String> snapshot;

  private OrderIds(Log log, int size) {
    this.log = log;
    this.size = size;
  }

  static OrderIds none() {
    return NONE;
  }

  /** {@return the ids of a finished accumulator, which no longer changes them} */
  static OrderIds of(Collection<String> ids) {
    return ids.isEmpty() ? NONE : new OrderIds(new Log(ids), ids.size());
  }

  int size() {
    return size;
  }

  /** {@return these ids and one more, or null if it is one of them already} */
  @Nullable OrderIds plus(String id) {
    synchronized (log) {
      Log target = log;
      if (log.order.size() != size) {
        target = new Log(log.order.subList(0, size));
      }
      if (!target.set.add(id)) {
        return null;
      }
      target.order.add(id);
      return new OrderIds(target, size + 1);
    }
  }

  /** {@return the ids as an unmodifiable set that iterates in ascending order, copied once} */
  Set<String> set() {
    Set<String> s = snapshot;
    if (s == null) {
      String[] sorted;
      synchronized (log) {
        sorted = log.order.subList(0, size).toArray(new String[0]);
      }
      Arrays.sort(sorted);
      s = new Sorted(sorted);
      snapshot = s;
    }
    return s;
  }

  /**
   * Distinct ids in ascending order, looked up by binary search: the same iteration order however the
   * statement was built (a hash set's order depends on the order its elements came in).
   */
  private static final class Sorted extends AbstractSet<String> {
    private final String[] ids;

    Sorted(String[] sortedDistinct) {
      this.ids = sortedDistinct;
    }

    @Override
    public boolean contains(@Nullable Object o) {
      return o instanceof String s && Arrays.binarySearch(ids, s) >= 0;
    }

    @Override
    public Iterator<String> iterator() {
      return Collections.unmodifiableList(Arrays.asList(ids)).iterator();
    }

    @Override
    public int size() {
      return ids.length;
    }
  }

  /** {@return an id both hold, or null if they share none} */
  static @Nullable String common(OrderIds a, OrderIds b) {
    Set<String> sa = a.set();
    Set<String> sb = b.set();
    Set<String> small = sa.size() <= sb.size() ? sa : sb;
    Set<String> large = small == sa ? sb : sa;
    for (String id : small) {
      if (large.contains(id)) {
        return id;
      }
    }
    return null;
  }

  /** {@return both sets of ids, which must share none} */
  static OrderIds union(OrderIds a, OrderIds b) {
    if (a.size == 0) {
      return b;
    }
    if (b.size == 0) {
      return a;
    }
    List<String> all = new ArrayList<>(a.size + b.size);
    all.addAll(a.set());
    all.addAll(b.set());
    return new OrderIds(new Log(all), all.size());
  }
}
