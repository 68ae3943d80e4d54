package io.github.monetik.examples.overlay;

import io.github.monetik.examples.DataFiles;
import io.github.monetik.gifts.GiftEvent;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a recorded capture CSV ({@code live-gifts} format) with its names: {@link DataFiles#liveGifts}
 * reads and checks the messages, this adds each row's {@code sender_name} and {@code gift_name} (so
 * the page shows names, as the LIVE client would). When {@code DataFiles} carries the names itself,
 * this class goes.
 */
final class Captures {
  private Captures() {}

  /**
   * {@return the capture's messages in file order, with their names}
   *
   * @param file the CSV
   * @throws IOException if it cannot be read
   * @throws IllegalArgumentException naming the file and line if a row is bad
   */
  static List<GiftEvent> read(Path file) throws IOException {
    List<GiftEvent> events = DataFiles.liveGifts(file);
    List<GiftEvent> named = new ArrayList<>(events.size());
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
      int i = 0;
      for (CSVRecord r : parser) {
        GiftEvent.Builder b = GiftEvent.builder().from(events.get(i++));
        String sender = r.get("sender_name");
        String gift = r.get("gift_name");
        if (!sender.isBlank()) {
          b.senderName(sender);
        }
        if (!gift.isBlank()) {
          b.giftName(gift);
        }
        named.add(b.build());
      }
    }
    return named;
  }
}
