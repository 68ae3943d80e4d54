package io.github.monetik.streaks;

import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The sorted, distinct participants of a pair or group, with a cached hash: the key of the analysis. */
final class GroupKey implements Comparable<GroupKey> {
  private final String[] ids;
  private final int hash;

  GroupKey(String[] sortedDistinctIds) {
    this.ids = sortedDistinctIds;
    this.hash = Arrays.hashCode(sortedDistinctIds);
  }

  static GroupKey of(String first, java.util.Collection<String> others) {
    String[] all = new String[others.size() + 1];
    all[0] = first;
    int i = 1;
    for (String o : others) {
      all[i++] = o;
    }
    Arrays.sort(all);
    return new GroupKey(all);
  }

  int size() {
    return ids.length;
  }

  String id(int index) {
    return ids[index];
  }

  /** @return the index of {@code id} in the sorted participants, or a negative number */
  int indexOf(String id) {
    if (ids.length == 2) {
      return ids[0].equals(id) ? 0 : ids[1].equals(id) ? 1 : -1;
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
    return o instanceof GroupKey k && k.hash == hash && Arrays.equals(k.ids, ids);
  }

  @Override
  public int hashCode() {
    return hash;
  }

  @Override
  public String toString() {
    return String.join("+", ids);
  }
}
