package io.github.monetik.gifts;

import io.github.monetik.report.Provenance;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A settler's state as a {@link LiveSnapshot}: its counted gifts added straight from the tables into
 * the aggregates, one array update each, with no {@link CountedGift} built but for the open combos.
 * What a batch that needs totals and breakdowns, not the list of every gift, reads at its end.
 */
final class Snapshots {
  private Snapshots() {}

  static LiveSnapshot of(ComboSettler s, DiamondPolicy policy, Provenance provenance) {
    Aggregates a = new Aggregates();
    int[] senderIndex = new int[s.senders.size()];
    int[] hostIndex = new int[s.hosts.size()];
    int[] giftIndex = new int[s.giftCount()];
    java.util.Arrays.fill(senderIndex, -1);
    java.util.Arrays.fill(hostIndex, -1);
    java.util.Arrays.fill(giftIndex, -1);
    long[] d = s.singles.data;
    // In the records' order, not the slots': the aggregates are sums, and memory is read in sequence.
    for (int r = 0, n = s.singles.size(); r < n; r++) {
      int at = s.singles.offset(r);
      long count = d[at + ComboSettler.S_COUNT];
      add(a, s, senderIndex, hostIndex, giftIndex, (int) d[at + ComboSettler.S_SENDER] - 1,
          (int) d[at + ComboSettler.S_GIDX], (int) d[at + ComboSettler.S_HOST], d[at + ComboSettler.S_MILLIS], count,
          count * d[at + ComboSettler.S_PRICE]);
    }
    List<CountedGift> open = openCombos(s);
    d = s.settled.data;
    for (int r = 0, n = s.settled.size(); r < n; r++) {
      int at = s.settled.offset(r);
      long flags = d[at + ComboSettler.C_HOSTFLAGS] >>> 32;
      long millis = (flags & ComboSettler.F_ENDED) != 0 ? d[at + ComboSettler.C_ENDAT] : d[at + ComboSettler.C_LAST];
      long count = d[at + ComboSettler.C_MAX];
      add(a, s, senderIndex, hostIndex, giftIndex, (int) d[at + ComboSettler.C_SENDER] - 1,
          (int) d[at + ComboSettler.C_GIDX], (int) d[at + ComboSettler.C_HOSTFLAGS], millis, count,
          count * d[at + ComboSettler.C_PRICE]);
    }
    return new LiveSnapshot(s.messages, s.naiveCoins, s.messages == 0 ? null : Instant.ofEpochMilli(s.watermark),
        LiveEarnings.of(policy, provenance, a), open, s.issues());
  }

  /** {@return the open combos, in a settlement's order} */
  static List<CountedGift> openCombos(ComboSettler s) {
    List<CountedGift> open = new ArrayList<>(s.open.size());
    for (int i = 0; i < s.open.capacity(); i++) {
      int at = s.open.offsetIfUsed(i);
      if (at >= 0) {
        open.add(s.comboGift(s.open, at));
      }
    }
    open.sort(ComboSettlement.ORDER);
    return open;
  }

  private static void add(Aggregates a, ComboSettler s, int[] senderIndex, int[] hostIndex, int[] giftIndex, int sender,
      int gift, int host, long millis, long gifts, long coins) {
    int sa = senderIndex[sender];
    if (sa < 0) {
      sa = a.sender(s.senderId(sender));
      senderIndex[sender] = sa;
      a.senderName(sa, s.senderName(sender), 0);
    }
    int ga = giftIndex[gift];
    if (ga < 0) {
      ga = a.gift(s.giftId(gift));
      giftIndex[gift] = ga;
      a.giftName(ga, s.giftName(gift));
    }
    int ha = hostIndex[host];
    if (ha < 0) {
      ha = a.host(s.hostId(host));
      hostIndex[host] = ha;
    }
    a.add(sa, ga, ha, a.minute(Math.floorDiv(millis, 60_000L)), gifts, coins);
  }
}
