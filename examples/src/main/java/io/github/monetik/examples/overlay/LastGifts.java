package io.github.monetik.examples.overlay;

import io.github.monetik.gifts.CountedGift;
import io.github.monetik.gifts.TallyListener;
import io.github.monetik.money.Money;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * The latest settled gifts, newest first, as the tally reports them ({@link TallyListener#onSettled}):
 * a combo when it ends or expires, a single gift on arrival. A revised gift (a late repeat raised a
 * combo already counted) replaces its earlier entry where it stands. Thread-safe: the tally's writer
 * adds, the overlay's publisher reads.
 */
final class LastGifts implements TallyListener {
  private final int capacity;
  private final ArrayDeque<Entry> entries = new ArrayDeque<>();

  /**
   * A settled gift as the page lists it.
   *
   * @param key what identifies the gift across revisions
   * @param gift the gift as it stands
   * @param creatorCash what it earns the creator
   * @param revised whether it was revised after it first counted
   */
  record Entry(String key, CountedGift gift, Money creatorCash, boolean revised) {}

  LastGifts(int capacity) {
    this.capacity = capacity;
  }

  @Override
  public synchronized void onSettled(CountedGift gift, Money creatorCash, boolean revised) {
    String key = gift.combo() ? "c:" + gift.senderId() + ":" + gift.giftId() + ":" + gift.groupId() + ":" + gift.hostId()
        : "m:" + gift.messageId();
    if (revised) {
      List<Entry> copy = new ArrayList<>(entries);
      for (int i = 0; i < copy.size(); i++) {
        if (copy.get(i).key.equals(key)) {
          copy.set(i, new Entry(key, gift, creatorCash, true));
          entries.clear();
          entries.addAll(copy);
          return;
        }
      }
    }
    entries.addFirst(new Entry(key, gift, creatorCash, revised));
    while (entries.size() > capacity) {
      entries.removeLast();
    }
  }

  /** {@return the entries, newest first} */
  synchronized List<Entry> entries() {
    return List.copyOf(entries);
  }
}
