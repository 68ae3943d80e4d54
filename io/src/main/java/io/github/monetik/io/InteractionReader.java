package io.github.monetik.io;

import io.github.monetik.streaks.Interaction;
import io.github.monetik.streaks.InteractionKind;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;

/**
 * Reads streak interactions: CSV with the header {@value #HEADER} ({@code to} lists a group's others
 * joined by {@code +}, as {@code examples/data/streaks-sample.csv}), or NDJSON, one object per line
 * with {@code timestamp} (or {@code at}; ISO-8601 or epoch seconds or milliseconds), {@code from},
 * {@code to} (a string or an array of strings) and {@code kind}. The format is detected from the
 * content. Immutable.
 *
 * <pre>{@code
 * List<Interaction> all = InteractionReader.strict().read(Path.of("streaks.csv")).records();
 * }</pre>
 */
public final class InteractionReader {
  /** The CSV header. */
  public static final String HEADER = "timestamp,from,to,kind";

  private final ReadMode mode;

  private InteractionReader(ReadMode mode) {
    this.mode = mode;
  }

  /** {@return a reader that throws on the first bad record} */
  public static InteractionReader strict() {
    return new InteractionReader(ReadMode.STRICT);
  }

  /** {@return a reader that keeps the good records and lists the bad ones} */
  public static InteractionReader lenient() {
    return new InteractionReader(ReadMode.LENIENT);
  }

  /**
   * {@return the interactions in file order, and the issues}
   *
   * @param file a CSV or NDJSON file
   * @throws IOException naming the file if it cannot be read
   * @throws InputException on a bad record in strict mode; on an empty file or a wrong header in any mode
   */
  public ReadResult<Interaction> read(Path file) throws IOException {
    Objects.requireNonNull(file, "file must not be null");
    try (Source src = Source.open(file)) {
      Issues issues = new Issues(mode, src.name);
      byte[] head = src.prefix(1 << 12);
      int i = 0;
      while (i < head.length && (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' || head[i] == '\n')) {
        i++;
      }
      if (i < head.length && head[i] == '{') {
        return new ReadResult<>(ndjson(src, issues), issues.all());
      }
      List<Interaction> out = CsvRecords.read(src, issues, List.of(HEADER.split(",")), List.of(), r -> {
        long at;
        try {
          String t = r.get("timestamp");
          at = Text.time(t);
        } catch (Text.Bad e) {
          throw new CsvRecords.Bad(r.bad(issues, "timestamp", e.expected));
        }
        InteractionKind kind;
        try {
          kind = InteractionKind.parse(r.get("kind"));
        } catch (IllegalArgumentException e) {
          throw new CsvRecords.Bad(r.bad(issues, "kind", "must be an interaction kind (" + e.getMessage() + ")"));
        }
        try {
          return Interaction.inGroup(r.get("from"), Arrays.asList(r.get("to").split("\\+", -1)), kind,
              java.time.Instant.ofEpochMilli(at));
        } catch (IllegalArgumentException e) {
          throw new CsvRecords.Bad(r.badRecord(issues, "must be a valid interaction (" + e.getMessage() + ")"));
        }
      });
      return new ReadResult<>(out, issues.all());
    }
  }

  private static List<Interaction> ndjson(Source src, Issues issues) throws IOException {
    List<Interaction> out = new ArrayList<>();
    LineReader lines = new LineReader(src, src.start, src.size, 1, 1 << 16);
    while (lines.next()) {
      if (lines.tooLong) {
        issues.error(lines.line(), 0, "", null, "must be a line of at most " + LineReader.MAX_LINE + " bytes");
        continue;
      }
      if (lines.isBlank()) {
        continue;
      }
      String text = Text.string(lines.buf, lines.lineStart, lines.lineEnd);
      long line = lines.line();
      String[] field = {""};
      try (JsonParser p = GiftJson.LINES.createParser(ObjectReadContext.empty(), lines.buf, lines.lineStart,
          lines.lineEnd - lines.lineStart)) {
        if (p.nextToken() != JsonToken.START_OBJECT) {
          issues.error(line, 1, "", text, "must be a JSON object, one interaction per line");
          continue;
        }
        String time = null;
        String from = null;
        String kind = null;
        List<String> to = null;
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
          String name = p.currentName();
          field[0] = name;
          JsonToken v = p.nextToken();
          switch (name) {
            case "timestamp", "at" -> time = scalar(p, v);
            case "from" -> from = scalar(p, v);
            case "kind" -> kind = scalar(p, v);
            case "to" -> {
              to = new ArrayList<>();
              if (v == JsonToken.START_ARRAY) {
                while (p.nextToken() != JsonToken.END_ARRAY) {
                  to.add(scalar(p, p.currentToken()));
                }
              } else {
                to.add(scalar(p, v));
              }
            }
            default -> p.skipChildren();
          }
        }
        field[0] = "";
        if (time == null || from == null || kind == null || to == null) {
          issues.error(line, 0, time == null ? "timestamp" : from == null ? "from" : kind == null ? "kind" : "to", null,
              "must be given (the record has no such field)");
          continue;
        }
        long at;
        try {
          at = Text.time(time);
        } catch (Text.Bad e) {
          issues.error(line, 0, "timestamp", time, e.expected);
          continue;
        }
        InteractionKind k;
        try {
          k = InteractionKind.parse(kind);
        } catch (IllegalArgumentException e) {
          issues.error(line, 0, "kind", kind, "must be an interaction kind (" + e.getMessage() + ")");
          continue;
        }
        try {
          out.add(Interaction.inGroup(from, to, k, java.time.Instant.ofEpochMilli(at)));
        } catch (IllegalArgumentException e) {
          issues.error(line, 0, "", text, "must be a valid interaction (" + e.getMessage() + ")");
        }
      } catch (Text.Bad e) {
        issues.error(line, 0, field[0], text, e.expected);
      } catch (JacksonException e) {
        int col = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getColumnNr());
        issues.error(line, col, "", text, "must be well-formed JSON (" + GiftJson.shortMessage(e) + ")");
      }
    }
    return out;
  }

  private static String scalar(JsonParser p, @Nullable JsonToken v) {
    if (v == JsonToken.VALUE_STRING || v == JsonToken.VALUE_NUMBER_INT) {
      return p.getString();
    }
    throw new Text.Bad("must be a string");
  }
}
