package io.github.monetik.streaks;

import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The sorted, distinct participants of a pair or group, with a cached hash: the key of the analysis. */
final class GroupKey implements Comparable<GroupKey> {
  private final String[] ids;
  /** The first two ids, held inline so that comparing pairs reads no array. */
  private final String first;
  private final String second;
  private final int size;
  private final int hash;

  GroupKey(String[] sortedDistinctIds) {
    this.ids = sortedDistinctIds;
    this.first = sortedDistinctIds[0];
    this.second = sortedDistinctIds.length > 1 ? sortedDistinctIds[1] : "";
    this.size = sortedDistinctIds.length;
    this.hash = Arrays.hashCode(sortedDistinctIds);
  }

  static String[] sortedIds(String first, java.util.Collection<String> others) {
    String[] all = new String[others.size() + 1];
    all[0] = first;
    int i = 1;
    for (String o : others) {
      all[i++] = o;
    }
    Arrays.sort(all);
    return all;
  }

  int size() {
    return size;
  }

  String id(int index) {
    return ids[index];
  }

  /** {@return the index of {@code id} in the sorted participants, or a negative number} */
  int indexOf(String id) {
    if (size == 2) {
      return first.equals(id) ? 0 : second.equals(id) ? 1 : -1;
    }
    return Arrays.binarySearch(ids, id);
  }

  List<String> toList() {
    return List.of(ids);
  }

  @Override
  public int compareTo(GroupKey o) {
    return Arrays.compare(ids, o.ids);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o == this || o instanceof GroupKey k && k.hash == hash && k.size == size && k.first.equals(first)
        && k.second.equals(second) && (size == 2 || Arrays.equals(k.ids, ids));
  }

  /** {@return {@code Arrays.hashCode} of the sorted ids, computed once} */
  @Override
  public int hashCode() {
    return hash;
  }

  @Override
  public String toString() {
    return String.join("+", ids);
  }
}
