package io.github.monetik.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collector;

/**
 * Drives a {@link Collector} the way a parallel stream may: the input cut into random contiguous
 * chunks, one container per chunk, the containers combined in a random grouping that keeps their
 * order (left before right), then finished. A parallel stream over a small list often does not split
 * at all; this makes every property exercise the combiner.
 */
public final class Chunks {
  private Chunks() {}

  /**
   * @param collector the collector under test
   * @param items the input, in encounter order
   * @param seed picks the chunk boundaries and the grouping
   * @return the collector's result over every item
   */
  public static <T, A, R> R collect(Collector<T, A, R> collector, List<T> items, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<A> containers = new ArrayList<>();
    A current = collector.supplier().get();
    for (T item : items) {
      if (random.nextInt(4) == 0) {
        containers.add(current);
        current = collector.supplier().get();
      }
      collector.accumulator().accept(current, item);
    }
    containers.add(current);
    while (containers.size() > 1) {
      int i = random.nextInt(containers.size() - 1);
      A merged = collector.combiner().apply(containers.get(i), containers.get(i + 1));
      containers.set(i, merged);
      containers.remove(i + 1);
    }
    return collector.finisher().apply(containers.get(0));
  }
}
