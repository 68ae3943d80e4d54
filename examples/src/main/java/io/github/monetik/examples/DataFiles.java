package io.github.monetik.examples;

import io.github.monetik.gifts.GiftEvent;
import io.github.monetik.gifts.WebcastGiftDecoder;
import io.github.monetik.streaks.Interaction;
import io.github.monetik.streaks.InteractionKind;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the sample data formats into core values, for the commands and for JShell ({@code liveLog},
 * {@code streakLog} in {@code monetik.jsh}): recorded LIVE gift messages and streak interactions.
 */
public final class DataFiles {
  static final String[] COLUMNS = {"timestamp", "host", "message_id", "sender_id", "sender_name", "gift_id",
      "gift_name", "coins_per_gift", "gift_type", "repeat_count", "repeat_end", "group_id"};

  private DataFiles() {}

  /**
   * Reads a recorded LIVE gift CSV (the columns of {@code core/src/test/resources/live-gifts/README.md}:
   * {@code timestamp,host,message_id,sender_id,sender_name,gift_id,gift_name,coins_per_gift,gift_type,repeat_count,repeat_end,group_id}).
   *
   * @param file the CSV file
   * @return its gift messages, in file order (settle them with {@code Monetik.gifts().settle(events)})
   * @throws IOException if the file cannot be read ({@link NoSuchFileException} naming it if it is missing)
   * @throws IllegalArgumentException naming the file, line and field if a column is missing or a value is bad
   */
  public static List<GiftEvent> liveGifts(Path file) throws IOException {
    if (file.getFileName() != null && file.getFileName().toString().endsWith(".b64")) {
      return livePayloads(file);
    }
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
    List<GiftEvent> out = new ArrayList<>();
    Reader reader;
    try {
      reader = Inputs.reader(file);
    } catch (NoSuchFileException e) {
      throw new NoSuchFileException(file.toString(), null, "no such file");
    }
    try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
      for (String c : COLUMNS) {
        if (!parser.getHeaderMap().containsKey(c)) {
          throw new IllegalArgumentException(file + ": column '" + c + "' missing, the header must be " + String.join(",", COLUMNS));
        }
      }
      for (CSVRecord r : parser) {
        try {
          out.add(GiftEvent.builder()
              .timestamp(Instant.parse(r.get("timestamp")))
              .hostId(r.get("host"))
              .messageId(Long.parseLong(r.get("message_id")))
              .senderId(r.get("sender_id"))
              .giftId(Long.parseLong(r.get("gift_id")))
              .coinsPerGift(Long.parseLong(r.get("coins_per_gift")))
              .repeatable(GiftEvent.isRepeatableType(Integer.parseInt(r.get("gift_type"))))
              .repeatCount(Integer.parseInt(r.get("repeat_count")))
              .repeatEnd(flag(r.get("repeat_end")))
              .groupId(Long.parseLong(r.get("group_id")))
              .build());
        } catch (IllegalArgumentException | IllegalStateException | DateTimeParseException e) {
          throw new IllegalArgumentException(file + " line " + r.getRecordNumber() + ": " + e.getMessage(), e);
        }
      }
    }
    return out;
  }

  /**
   * Reads TikTok's own bytes: one standard-base64 {@code WebcastGiftMessage} payload per line (the
   * {@code raw/*.b64} captures), decoded by core's {@link WebcastGiftDecoder}; blank lines are skipped.
   *
   * @param file the capture
   * @return its gift messages, in file order
   * @throws IOException if the file cannot be read
   * @throws IllegalArgumentException naming the file and line if a payload is malformed
   */
  public static List<GiftEvent> livePayloads(Path file) throws IOException {
    List<String> lines;
    try {
      Inputs.check(file);
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new NoSuchFileException(file.toString(), null, "no such file");
    }
    List<GiftEvent> out = new ArrayList<>(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty()) {
        continue;
      }
      try {
        out.add(WebcastGiftDecoder.decodeBase64(line));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(file + " line " + (i + 1) + ": " + e.getMessage(), e);
      }
    }
    return out;
  }

  private static boolean flag(String value) {
    if (value.equals("1")) {
      return true;
    }
    if (value.equals("0")) {
      return false;
    }
    throw new IllegalArgumentException("repeat_end must be 0 or 1, was '" + value + "'");
  }

  /**
   * Reads an interactions CSV with the header {@code timestamp,from,to,kind} (as
   * {@code examples/data/streaks-sample.csv}; {@code to} lists a group's others joined by {@code +}).
   *
   * @param file the CSV file
   * @return its interactions, in file order
   * @throws IOException if the file cannot be read
   * @throws IllegalArgumentException naming the file, line and field at fault, or a missing file
   */
  public static List<Interaction> interactions(Path file) throws IOException {
    List<Interaction> out = new ArrayList<>();
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
    try (Reader reader = Inputs.reader(file)) {
      var parser = format.parse(reader);
      List<String> expected = List.of("timestamp", "from", "to", "kind");
      if (!parser.getHeaderNames().equals(expected)) {
        throw new IllegalArgumentException(file + ": header must be " + String.join(",", expected) + ", was "
            + String.join(",", parser.getHeaderNames()));
      }
      for (CSVRecord r : parser) {
        try {
          if (r.size() != 4) {
            throw new IllegalArgumentException("a row must have 4 fields, was " + r.size());
          }
          Instant at;
          try {
            at = Instant.parse(r.get("timestamp"));
          } catch (DateTimeException e) {
            throw new IllegalArgumentException("timestamp must be an ISO-8601 instant, was '" + r.get("timestamp") + "'");
          }
          out.add(Interaction.inGroup(r.get("from"), Arrays.asList(r.get("to").split("\\+", -1)),
              InteractionKind.parse(r.get("kind")), at));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(file + " line " + r.getParser().getCurrentLineNumber() + ": " + e.getMessage(), e);
        }
      }
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException("no such file: " + file, e);
    }
    return out;
  }
}
