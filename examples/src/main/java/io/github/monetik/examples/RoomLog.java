package io.github.monetik.examples;

import io.github.monetik.examples.samples.GeneratedLive;
import io.github.monetik.gifts.GiftEvent;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A generated log of many LIVE rooms at once, seeded, for the engine examples: room {@code r} is the
 * {@link GeneratedLive} of seed {@code seed + r} for host {@code room-r}, all rooms on the same evening,
 * their messages interleaved in time order. Written as the recorded gift CSV that the io module
 * reads, dealt round-robin into several files, so that every room's combos are cut across files (and
 * an engine's partitions): what the engines must combine exactly.
 */
public final class RoomLog {
  /** The recorded gift CSV's header, as {@code monetik-io} reads it. */
  public static final String HEADER = String.join(",", DataFiles.COLUMNS);

  private RoomLog() {}

  /**
   * {@return the name of room {@code r}'s host}
   *
   * @param r the room's number
   */
  public static String host(int r) {
    return String.format(Locale.ROOT, "room-%04d", r);
  }

  /**
   * {@return every room's messages, interleaved in time order (a room's own order kept)}
   *
   * @param rooms how many rooms
   * @param minutes how long each LIVE lasts
   * @param seed the seed: the same seed, the same log
   */
  public static List<GiftEvent> events(int rooms, int minutes, long seed) {
    List<GiftEvent> all = new ArrayList<>();
    for (int r = 0; r < rooms; r++) {
      all.addAll(GeneratedLive.events(seed + r, minutes, host(r)));
    }
    all.sort(Comparator.comparing(GiftEvent::timestamp)); // stable
    return all;
  }

  /**
   * Writes the log as CSV files {@code part-00000.csv, ...} in a folder, message {@code i} (in time
   * order) to file {@code i % files}.
   *
   * @param dir the folder (created if missing)
   * @param events the messages
   * @param files how many files
   * @return the files written
   * @throws IOException if a file cannot be written
   */
  public static List<Path> write(Path dir, List<GiftEvent> events, int files) throws IOException {
    if (files < 1) {
      throw new IllegalArgumentException("files must be at least 1, was " + files);
    }
    Files.createDirectories(dir);
    List<Path> paths = new ArrayList<>();
    List<BufferedWriter> out = new ArrayList<>();
    try {
      for (int f = 0; f < files; f++) {
        Path p = dir.resolve(String.format(Locale.ROOT, "part-%05d.csv", f));
        paths.add(p);
        BufferedWriter w = Files.newBufferedWriter(p, StandardCharsets.UTF_8);
        out.add(w);
        w.write(HEADER);
        w.write('\n');
      }
      int i = 0;
      for (GiftEvent e : events) {
        BufferedWriter w = out.get(i++ % files);
        w.write(line(e));
        w.write('\n');
      }
    } finally {
      for (BufferedWriter w : out) {
        w.close();
      }
    }
    return paths;
  }

  /** One message as a CSV line (names here have no commas or quotes). */
  static String line(GiftEvent e) {
    return e.timestamp() + "," + e.hostId() + "," + e.messageId() + "," + e.senderId() + "," + e.senderName().orElse("")
        + "," + e.giftId() + "," + e.giftName().orElse("") + "," + e.coinsPerGift() + "," + (e.repeatable() ? 1 : 2) + ","
        + e.repeatCount() + "," + (e.repeatEnd() ? 1 : 0) + "," + e.groupId();
  }
}
