package io.github.monetik.gifts;

import io.github.monetik.internal.Checks;
import io.github.monetik.money.Coins;
import io.github.monetik.money.Money;
import io.github.monetik.report.Provenance;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jspecify.annotations.Nullable;

/**
 * A LIVE's gifts, totalled while it runs: the real-time door of {@code gifts}. Feed it gift
 * messages as the LIVE client delivers them ({@link #accept(GiftEvent)}); read a consistent
 * {@link #snapshot()} from any thread at any time; hear each settled gift, growing combo and issue
 * through {@link TallyListener}s. It settles exactly as {@code gifts.settle(...)} does (each combo
 * once, open combos apart), keeps its totals in units per sender, gift, host and minute, and bounds
 * its memory by open combos, senders and minutes, never by messages ({@link TallyOptions}).
 *
 * <p><b>Thread safety.</b> Safe for one writer and any number of readers (several writers are
 * serialized, in an order of their own). Every method takes the tally's lock briefly: a message
 * holds it for the time of its update (O(1), amortized), a snapshot for the time of copying the
 * aggregates, and only the first snapshot after a change: until the next message, every reader gets
 * that same snapshot without taking the lock, so readers polling without pause cannot hold the writer
 * off. A reader never sees a half-applied message: in every snapshot the running totals equal the
 * sum of what it lists. Nothing spins; listeners run outside the lock, on the writer's thread.
 *
 * <p><b>Costs.</b> Per message O(1) amortized (hash lookups in primitive tables; stale combos are
 * closed and old identities dropped in sweeps every quarter window of stream time). A snapshot
 * copies the aggregates: O(senders + gifts + hosts + minutes + open combos).
 *
 * <pre>{@code
 * LiveTally tally = Monetik.defaults().gifts().tally();
 * client.onGift(event -> tally.accept(toGiftEvent(event)));       // the LIVE client's thread
 * scheduler.scheduleAtFixedRate(() -> show(tally.snapshot()), 0, 1, SECONDS);  // a UI thread
 * // when the LIVE ends:
 * LiveEarnings report = tally.snapshot().earnings();
 * }</pre>
 */
public final class LiveTally {
  private final DiamondPolicy policy;
  private final Provenance provenance;
  private final TallyOptions options;
  final ComboSettler settler; // package-private: tests read its tables
  private final Aggregates aggregates = new Aggregates();
  private final CopyOnWriteArrayList<TallyListener> listeners = new CopyOnWriteArrayList<>();
  /** Events of the message being fed, for the listeners; filled only with the kinds some listener hears. */
  private final List<Object> pending = new ArrayList<>();
  /** The kinds of event some registered listener overrides ({@link #SETTLED}, {@link #COMBO}, {@link #ISSUE}). */
  private volatile int heard;
  private static final int SETTLED = 1;
  private static final int COMBO = 2;
  private static final int ISSUE = 4;
  private long listenerFailures;
  /** Counts the changes of state (messages, listener failures); written under the lock. */
  private volatile long version;
  private volatile @Nullable Shared shared;
  private String lastFailure = "";
  // The aggregates' index of each settler index (-1: not yet), so a counted gift costs no string hash.
  private int[] senderIndex = new int[16];
  private int[] giftIndex = new int[16];
  private int[] hostIndex = new int[4];

  LiveTally(DiamondPolicy policy, GiftCatalog catalog, Provenance provenance, TallyOptions options) {
    this.policy = policy;
    this.provenance = provenance;
    this.options = options;
    Arrays.fill(senderIndex, -1);
    Arrays.fill(giftIndex, -1);
    Arrays.fill(hostIndex, -1);
    this.settler = new ComboSettler(catalog, !catalog.gifts().isEmpty(), options.retentionMillis(),
        options.idleMillis(), new Sink());
  }

  /**
   * Feeds one gift message.
   *
   * @param event the message
   * @return this tally
   * @throws NullPointerException if {@code event} is null
   * @throws ArithmeticException naming the operation if a coin total would leave the range of a
   *     {@code long}; the tally is then unchanged
   */
  public LiveTally accept(GiftEvent event) {
    Checks.notNull(event, "event");
    Object[] events;
    synchronized (this) {
      try {
        settler.accept(event);
      } finally {
        version++;
        events = pending.isEmpty() ? NO_EVENTS : pending.toArray();
        pending.clear();
      }
    }
    if (events.length > 0) {
      dispatch(events);
    }
    return this;
  }

  private static final Object[] NO_EVENTS = {};

  /**
   * Feeds messages in order.
   *
   * @param events the messages
   * @return this tally
   * @throws NullPointerException naming the element ({@code events[3]}) if one is null
   * @throws ArithmeticException as {@link #accept(GiftEvent)} does
   */
  public LiveTally acceptAll(Iterable<GiftEvent> events) {
    Checks.notNull(events, "events");
    int i = 0;
    for (GiftEvent e : events) {
      accept(Checks.notNull(e, "events[" + i++ + "]"));
    }
    return this;
  }

  /**
   * {@return this tally; {@code listener} hears every later message's changes}
   *
   * @param listener the listener (the same one twice hears everything twice)
   */
  public LiveTally addListener(TallyListener listener) {
    synchronized (listeners) {
      listeners.add(Checks.notNull(listener, "listener"));
      heard |= heardBy(listener);
    }
    return this;
  }

  /**
   * {@return whether the listener was registered; it hears nothing more}
   *
   * @param listener a listener added before
   */
  public boolean removeListener(TallyListener listener) {
    Checks.notNull(listener, "listener");
    synchronized (listeners) {
      boolean removed = listeners.remove(listener);
      int kinds = 0;
      for (TallyListener l : listeners) {
        kinds |= heardBy(l);
      }
      heard = kinds;
      return removed;
    }
  }

  /**
   * {@return the kinds of event the listener overrides}: a tally builds a growing combo's counted
   * gift, say, only while some listener hears combos (most messages of a LIVE grow a combo).
   */
  private static int heardBy(TallyListener listener) {
    return (overrides(listener, "onSettled", CountedGift.class, Money.class, boolean.class) ? SETTLED : 0)
        | (overrides(listener, "onCombo", CountedGift.class, boolean.class) ? COMBO : 0)
        | (overrides(listener, "onIssue", SettlementIssue.class) ? ISSUE : 0);
  }

  private static boolean overrides(TallyListener listener, String method, Class<?>... parameters) {
    try {
      return listener.getClass().getMethod(method, parameters).getDeclaringClass() != TallyListener.class;
    } catch (NoSuchMethodException | SecurityException e) {
      return true; // when in doubt, the listener hears it
    }
  }

  /** {@return a consistent picture of the tally now} */
  public LiveSnapshot snapshot() {
    // Readers share the snapshot of a state until the writer changes it: a reader that finds it
    // current takes no lock, so readers polling without pause never hold the writer off for long.
    Shared shared = this.shared;
    if (shared != null && shared.version == version) {
      return shared.snapshot;
    }
    synchronized (this) {
      shared = this.shared;
      if (shared == null || shared.version != version) {
        shared = new Shared(version, newSnapshot());
        this.shared = shared;
      }
      return shared.snapshot;
    }
  }

  /** A snapshot and the version of the state it pictures. */
  private record Shared(long version, LiveSnapshot snapshot) {}

  private LiveSnapshot newSnapshot() {
    List<CountedGift> open = Snapshots.openCombos(settler);
    List<SettlementIssue> issues = settler.issues();
    if (listenerFailures > 0) {
      issues = new ArrayList<>(issues);
      issues.add(SettlementIssue.of(SettlementIssue.Kind.LISTENER_FAILED, 0, listenerFailures, lastFailure));
    }
    return new LiveSnapshot(settler.messages, settler.naiveCoins,
        settler.messages == 0 ? null : Instant.ofEpochMilli(settler.watermark),
        LiveEarnings.of(policy, provenance, named(aggregates.copy())), open, issues);
  }

  /**
   * The names as the settler has them now (a sender's of its latest message, a gift's from the catalog
   * or its messages), as the batch settlement gives them: in O(senders + gifts), once per snapshot.
   */
  private Aggregates named(Aggregates a) {
    for (int i = 0; i < Math.min(senderIndex.length, settler.senders.size()); i++) {
      if (senderIndex[i] >= 0) {
        a.senderNames[senderIndex[i]] = settler.senderName(i);
        a.senderNameAt[senderIndex[i]] = settler.senderNameAt(i);
      }
    }
    for (int i = 0; i < Math.min(giftIndex.length, settler.giftCount()); i++) {
      if (giftIndex[i] >= 0) {
        a.giftNames[giftIndex[i]] = settler.giftName(i);
      }
    }
    return a;
  }

  /**
   * Every counted gift, open combos apart, as the batch {@code gifts.settle(...)} of the same messages
   * gives it: only for a tally that keeps every gift ({@link TallyOptions#keepingEveryGift()}).
   *
   * @return the settlement so far
   * @throws IllegalStateException if the tally drops old identities (a retention window is set)
   */
  public synchronized ComboSettlement settlement() {
    if (options.retention().isPresent()) {
      throw new IllegalStateException("settlement needs a tally that keeps every gift (TallyOptions.keepingEveryGift()),"
          + " this one retains " + options.retention().get() + "; read snapshot() instead");
    }
    return settler.settlement(provenance);
  }

  /** {@return how many messages were fed so far} */
  public synchronized long messages() {
    return settler.messages;
  }

  /** {@return the settled coins so far (read a {@link #snapshot()} for figures that must agree)} */
  public synchronized Coins settledCoins() {
    return Coins.of(settler.settledCoins);
  }

  /** {@return the coins of the open combos now, "in the air"} */
  public synchronized Coins openCoins() {
    return Coins.of(settler.openCoins);
  }

  /** {@return how the tally bounds memory and closes idle combos} */
  public TallyOptions options() {
    return options;
  }

  /** {@return where the tally's rules come from} */
  public Provenance provenance() {
    return provenance;
  }

  private void dispatch(Object[] events) {
    for (Object e : events) {
      for (TallyListener l : listeners) {
        try {
          if (e instanceof Settled s) {
            l.onSettled(s.gift, s.cash(policy), s.revised);
          } else if (e instanceof Combo c) {
            l.onCombo(c.combo, c.opened);
          } else {
            l.onIssue((SettlementIssue) e);
          }
        } catch (RuntimeException | Error failure) {
          if (failure instanceof VirtualMachineError) {
            throw (VirtualMachineError) failure;
          }
          synchronized (this) {
            version++;
            listenerFailures++;
            lastFailure = failure.getClass().getSimpleName() + ": " + Checks.echo(failure.getMessage());
          }
        }
      }
    }
  }

  private static final class Settled {
    final CountedGift gift;
    final boolean revised;
    private @Nullable Money cash;

    Settled(CountedGift gift, boolean revised) {
      this.gift = gift;
      this.revised = revised;
    }

    /** {@return the gift's creator cash, worked out once whatever the number of listeners} */
    Money cash(DiamondPolicy policy) {
      Money c = cash;
      if (c == null) {
        c = policy.creatorCashFor(gift.coins());
        cash = c;
      }
      return c;
    }
  }

  private static final class Combo {
    final CountedGift combo;
    final boolean opened;

    Combo(CountedGift combo, boolean opened) {
      this.combo = combo;
      this.opened = opened;
    }
  }

  /** Keeps the aggregates in step with the settler, and collects the listeners' events. */
  private final class Sink implements ComboSettler.Sink {
    @Override
    public void counted(int sender, int gift, int host0, long minute0, long gifts0, long coins0, int host1,
        long minute1, long gifts1, long coins1) {
      int s = sender(sender);
      int g = gift(gift);
      Aggregates a = aggregates;
      int m1 = a.minute(minute1);
      int h1 = host(host1);
      if (gifts0 != 0 || coins0 != 0) {
        int h0 = host(host0);
        int m0 = a.minute(minute0);
        if (h0 == h1 && m0 == m1) {
          a.add(s, g, h1, m1, gifts1 - gifts0, coins1 - coins0);
        } else {
          a.add(s, g, h0, m0, -gifts0, -coins0); // cannot overflow: it takes back what was added
          try {
            a.add(s, g, h1, m1, gifts1, coins1);
          } catch (ArithmeticException e) {
            a.add(s, g, h0, m0, gifts0, coins0);
            throw e;
          }
        }
      } else {
        a.add(s, g, h1, m1, gifts1, coins1);
      }
      // Names are the settler's, filled in by each snapshot.
    }

    @Override
    public void changed(SlotTable table, int at, ComboSettler.Change change) {
      int kinds = heard;
      if (kinds == 0 || change == ComboSettler.Change.DUPLICATE) {
        return;
      }
      if (table == settler.open) {
        if ((kinds & COMBO) != 0) {
          pending.add(new Combo(settler.comboGift(table, at), change == ComboSettler.Change.OPENED));
        }
      } else if ((kinds & SETTLED) == 0) {
        return;
      } else if (table == settler.singles) {
        pending.add(new Settled(settler.singleGift(at), change == ComboSettler.Change.SETTLED_CHANGED));
      } else {
        pending.add(new Settled(settler.comboGift(table, at), change == ComboSettler.Change.SETTLED_CHANGED));
      }
    }

    @Override
    public void issue(SettlementIssue.Kind kind, int gift) {
      if ((heard & ISSUE) != 0) {
        pending.add(settler.issueOf(kind, gift));
      }
    }

    private int sender(int i) {
      senderIndex = withSlot(senderIndex, i);
      int s = senderIndex[i];
      if (s < 0) {
        s = aggregates.sender(settler.senderId(i));
        senderIndex[i] = s;
      }
      return s;
    }

    private int gift(int i) {
      giftIndex = withSlot(giftIndex, i);
      int g = giftIndex[i];
      if (g < 0) {
        g = aggregates.gift(settler.giftId(i));
        giftIndex[i] = g;
      }
      return g;
    }

    private int host(int i) {
      hostIndex = withSlot(hostIndex, i);
      int h = hostIndex[i];
      if (h < 0) {
        h = aggregates.host(settler.hostId(i));
        hostIndex[i] = h;
      }
      return h;
    }
  }

  /** {@return {@code index}, or a copy grown to hold slot {@code i}, new slots -1 (not yet mapped)} */
  private static int[] withSlot(int[] index, int i) {
    if (i < index.length) {
      return index;
    }
    int old = index.length;
    int[] grown = Arrays.copyOf(index, Math.max(i + 1, old * 2));
    Arrays.fill(grown, old, grown.length, -1);
    return grown;
  }

  @Override
  public String toString() {
    return "LiveTally[" + messages() + " messages, " + options + ", rules " + provenance.id() + "]";
  }
}
