package io.github.monetik.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.monetik.gifts.ComboSettlement;
import io.github.monetik.gifts.GiftEvent;
import io.github.monetik.gifts.LiveSnapshot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;

/** A file cut into any chunks, read in parallel, settles as one sequential pass, in CSV and NDJSON. */
class SplitPropertiesTest {
  @TempDir
  Path dir;

  /** Messages of a few senders, gifts and combos, in any order: {sender, gift, group, count, end, type}. */
  static final Gen<List<int[]>> MESSAGES = lists().of(integers().between(0, 3).zip(integers().between(0, 2),
      integers().between(0, 3), integers().between(1, 9), integers().between(0, 1),
      (s, g, grp, c, end) -> new int[] {s, g, grp, c, end, g == 2 ? 2 : 1})).ofSizeBetween(0, 120);

  static String csv(List<int[]> messages) {
    StringBuilder b = new StringBuilder(HostileFilesTest.HEADER).append('\n');
    int id = 1;
    for (int[] m : messages) {
      b.append("2025-03-01T18:00:").append(String.format("%02d", id % 60)).append(".000Z,host-1,").append(id++)
          .append(",user-").append(m[0]).append(",,").append(5000 + m[1]).append(",,").append(m[1] + 1).append(',')
          .append(m[5]).append(',').append(m[3]).append(',').append(m[4]).append(',').append(m[5] == 1 ? m[2] : 0)
          .append('\n');
    }
    return b.toString();
  }

  static String ndjson(List<int[]> messages) {
    StringBuilder b = new StringBuilder();
    int id = 1;
    for (int[] m : messages) {
      b.append("{\"common\":{\"msgId\":\"").append(id).append("\",\"createTime\":").append(1740852000000L + id++)
          .append("},\"giftId\":\"").append(5000 + m[1]).append("\",\"repeatCount\":").append(m[3])
          .append(",\"repeatEnd\":").append(m[4]).append(",\"groupId\":\"").append(m[5] == 1 ? m[2] : 0)
          .append("\",\"user\":{\"id\":\"").append(m[0]).append("\"},\"monitorInfo\":{\"anchorId\":\"1\"},")
          .append("\"gift\":{\"diamondCount\":").append(m[1] + 1).append(",\"type\":").append(m[5]).append("}}\n");
    }
    return b.toString();
  }

  @Test
  void smallChunksReallySplitTheFile() throws Exception {
    List<int[]> messages = new java.util.ArrayList<>();
    for (int i = 0; i < 50; i++) {
      messages.add(new int[] {i % 4, i % 3, i % 5, 1 + i % 9, i % 2, i % 3 == 2 ? 2 : 1});
    }
    Path f = Files.writeString(dir.resolve("m.csv"), csv(messages));
    try (GiftFile file = GiftReader.strict().withChunkBytes(100).open(f); Stream<GiftEvent> s = file.stream()) {
      java.util.Spliterator<GiftEvent> suffix = s.spliterator();
      java.util.Spliterator<GiftEvent> prefix = suffix.trySplit();
      assertThat(prefix).isNotNull();
      List<GiftEvent> all = new java.util.ArrayList<>();
      prefix.forEachRemaining(all::add);
      int cut = all.size();
      suffix.forEachRemaining(all::add);
      assertThat(cut).isBetween(1, 49);
      assertThat(all).extracting(GiftEvent::messageId).containsExactlyElementsOf(
          java.util.stream.LongStream.rangeClosed(1, 50).boxed().toList());
    }
  }

  @Test
  void anySplitSettlesAsOnePass() {
    ForkJoinPool pool = new ForkJoinPool(3);
    try {
      qt().withExamples(200).forAll(MESSAGES, integers().between(1, 400), integers().between(0, 1))
          .checkAssert((messages, chunk, json) -> {
            try {
              Path f = Files.writeString(Files.createTempFile(dir, "m", json == 1 ? ".ndjson" : ".csv"),
                  json == 1 ? ndjson(messages) : csv(messages));
              List<GiftEvent> all = messages.isEmpty() && json == 1 ? List.of() : GiftReader.strict().read(f).records();
              assertThat(all).hasSize(messages.size());
              ComboSettlement once = Files2.settle(all);
              if (messages.isEmpty() && json == 1) {
                return; // an empty NDJSON file is an error, as every empty input
              }
              GiftReader reader = GiftReader.strict().withChunkBytes(chunk);
              ComboSettlement parallel;
              ComboSettlement settled;
              try (GiftFile file = reader.open(f); Stream<GiftEvent> s = file.stream()) {
                parallel = pool.submit(() -> s.parallel().collect(Files2.GIFTS.toSettlement())).get();
              }
              try (GiftFile file = reader.open(f)) {
                settled = pool.submit(() -> {
                  try {
                    return file.settle(Files2.GIFTS);
                  } catch (IOException e) {
                    throw new UncheckedIOException(e);
                  }
                }).get();
              }
              LiveSnapshot snapshot;
              try (GiftFile file = reader.open(f)) {
                snapshot = pool.submit(() -> {
                  try {
                    return file.snapshot(Files2.GIFTS);
                  } catch (IOException e) {
                    throw new UncheckedIOException(e);
                  }
                }).get();
              }
              assertThat(parallel).isEqualTo(once);
              assertThat(settled).isEqualTo(once);
              assertThat(snapshot).isEqualTo(Files2.snapshot(all));
            } catch (Exception e) {
              throw new AssertionError(e);
            }
          });
    } finally {
      pool.shutdown();
    }
  }
}
