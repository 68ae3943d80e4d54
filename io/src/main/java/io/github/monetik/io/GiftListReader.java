package io.github.monetik.io;

import io.github.monetik.gifts.Gift;
import io.github.monetik.gifts.GiftCatalog;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;

/**
 * Reads TikTok's {@code webcast/gift/list} response ({@code {"data":{"gifts":[...]}}}, also a bare
 * array of gift objects) into {@link Gift}s with core's mapping, {@link Gift#fromGiftList}: {@code id},
 * {@code name}, {@code diamond_count} as the price in coins (TikTok's field name notwithstanding),
 * repeatable when {@code type} is 1. The {@code combo} flag, where given, must agree with the type;
 * ids must be unique. The response's fetch time, {@code extra.now} (epoch milliseconds), dates the
 * catalog's {@link GiftCatalog#source() source}. Everything else (images, {@code data.pages}) is
 * skipped. Immutable.
 *
 * <pre>{@code
 * GiftCatalog catalog = GiftListReader.strict().catalog(Path.of("official_05_01_2024.json"));
 * catalog.source();   // "TikTok gift/list of 2024-01-05T...Z (official_05_01_2024.json)"
 * }</pre>
 */
public final class GiftListReader {
  private final ReadMode mode;

  private GiftListReader(ReadMode mode) {
    this.mode = mode;
  }

  /** {@return a reader that throws on the first bad gift} */
  public static GiftListReader strict() {
    return new GiftListReader(ReadMode.STRICT);
  }

  /** {@return a reader that keeps the good gifts and lists the bad ones} */
  public static GiftListReader lenient() {
    return new GiftListReader(ReadMode.LENIENT);
  }

  /**
   * {@return the gifts in list order, and the issues}
   *
   * @param file a gift list JSON file
   * @throws IOException naming the file if it cannot be read
   * @throws InputException on a bad gift in strict mode; on an empty file, malformed JSON or a file
   *     without a gift list in any mode
   */
  public ReadResult<Gift> read(Path file) throws IOException {
    List<Gift> gifts = new ArrayList<>();
    return new ReadResult<>(gifts, parse(file, gifts).issues.all());
  }

  /**
   * {@return the catalog of the gifts read (in lenient mode the good ones), its source naming the
   *     file and the list's fetch time: {@code TikTok gift/list of 2023-12-05T15:22:50.084Z
   *     (official_05_12_2023.json)}, or {@code TikTok gift/list of an unknown date (FILE)} without
   *     {@code extra.now}}
   *
   * @param file a gift list JSON file
   * @throws IOException naming the file if it cannot be read
   * @throws InputException as {@link #read(Path)}; a malformed {@code extra.now} is a bad record too
   */
  public GiftCatalog catalog(Path file) throws IOException {
    List<Gift> gifts = new ArrayList<>();
    Parsed p = parse(file, gifts);
    Path name = file.getFileName();
    String shown = name == null ? file.toString() : name.toString();
    Long now = p.fetched;
    return GiftCatalog.of("TikTok gift/list of " + (now == null ? "an unknown date" : Instant.ofEpochMilli(now))
        + " (" + shown + ")", gifts);
  }

  /** The issues and the fetch time ({@code extra.now}) of one read. */
  private static final class Parsed {
    final Issues issues;
    @Nullable Long fetched;

    Parsed(Issues issues) {
      this.issues = issues;
    }
  }

  private Parsed parse(Path file, List<Gift> gifts) throws IOException {
    Objects.requireNonNull(file, "file must not be null");
    try (Source src = Source.open(file)) {
      Issues issues = new Issues(mode, src.name);
      Parsed parsed = new Parsed(issues);
      try (JsonParser p = GiftJson.JSON.createParser(ObjectReadContext.empty(), new GiftFile.SourceStream(src))) {
        JsonToken t = p.nextToken();
        if (t == null) {
          throw issues.fatal(0, 0, "", null, "must hold a gift list (the input is empty)");
        }
        boolean found = false;
        if (t == JsonToken.START_ARRAY) {
          gifts(p, issues, gifts);
          found = true;
        } else if (t == JsonToken.START_OBJECT) {
          while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = p.currentName();
            JsonToken v = p.nextToken();
            if (name.equals("data") && v == JsonToken.START_OBJECT) {
              while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String inner = p.currentName();
                JsonToken iv = p.nextToken();
                if (inner.equals("gifts") && iv == JsonToken.START_ARRAY) {
                  gifts(p, issues, gifts);
                  found = true;
                } else {
                  p.skipChildren();
                }
              }
            } else if (name.equals("extra") && v == JsonToken.START_OBJECT) {
              parsed.fetched = fetchTime(p, issues);
            } else {
              p.skipChildren();
            }
          }
        }
        if (!found) {
          throw issues.fatal(0, 0, "data.gifts", null, "must be a gift list: an object with data.gifts, or an array");
        }
      } catch (JacksonException e) {
        long line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNr());
        int col = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getColumnNr());
        throw issues.fatal(line, col, "", null, "must be well-formed JSON (" + GiftJson.shortMessage(e) + ")");
      }
      return parsed;
    }
  }

  /** {@return {@code extra.now} in epoch milliseconds, or null if absent or bad (then reported)}; the parser is in {@code extra} */
  private static @Nullable Long fetchTime(JsonParser p, Issues issues) {
    Long now = null;
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String field = p.currentName();
      JsonToken v = p.nextToken();
      if (!field.equals("now")) {
        p.skipChildren();
        continue;
      }
      long line = p.currentTokenLocation().getLineNr();
      int col = p.currentTokenLocation().getColumnNr();
      String text = v.isScalarValue() ? p.getString() : null;
      Long n = whole(p, v);
      if (n == null || n < Text.GIFT_FROM || n >= Text.GIFT_BEFORE) {
        issues.error(line, col, "extra.now", text,
            "must be the list's fetch time in epoch milliseconds, from 2000 to 2099");
      } else {
        now = n;
      }
    }
    return now;
  }

  private static void gifts(JsonParser p, Issues issues, List<Gift> out) {
    Map<Long, Long> seen = new HashMap<>();
    JsonToken t;
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      long line = p.currentTokenLocation().getLineNr();
      int col = p.currentTokenLocation().getColumnNr();
      if (t != JsonToken.START_OBJECT) {
        p.skipChildren();
        issues.error(line, col, "", null, "must be a gift object");
        continue;
      }
      Long id = null;
      String name = null;
      Long price = null;
      Long type = null;
      Boolean combo = null;
      String bad = null;
      String badField = "";
      while (p.nextToken() == JsonToken.PROPERTY_NAME) {
        String field = p.currentName();
        JsonToken v = p.nextToken();
        switch (field) {
          case "id", "diamond_count", "type" -> {
            Long n = whole(p, v);
            if (n == null) {
              bad = bad == null ? p.getString() : bad;
              badField = badField.isEmpty() ? field : badField;
            } else if (field.equals("id")) {
              id = n;
            } else if (field.equals("diamond_count")) {
              price = n;
            } else {
              type = n;
            }
          }
          case "name" -> {
            if (v == JsonToken.VALUE_STRING) {
              name = p.getString();
            } else {
              p.skipChildren();
            }
          }
          case "combo" -> {
            if (v == JsonToken.VALUE_TRUE || v == JsonToken.VALUE_FALSE) {
              combo = v == JsonToken.VALUE_TRUE;
            } else {
              p.skipChildren();
            }
          }
          default -> p.skipChildren();
        }
      }
      String where = id == null ? "" : " (gift " + id + ")";
      if (bad != null) {
        issues.error(line, col, badField, bad, "must be a whole number" + where);
        continue;
      }
      if (id == null || id < 0) {
        issues.error(line, col, "id", id == null ? null : id.toString(), "must be a gift id >= 0");
        continue;
      }
      if (name == null || name.isBlank()) {
        issues.error(line, col, "name", name, "must be the gift's name, not blank" + where);
        continue;
      }
      if (price == null || price < 0) {
        issues.error(line, col, "diamond_count", price == null ? null : price.toString(),
            "must be the price in coins, >= 0" + where);
        continue;
      }
      if (type == null) {
        issues.error(line, col, "type", null, "must be the gift type (1 = repeatable)" + where);
        continue;
      }
      if (type < Integer.MIN_VALUE || type > Integer.MAX_VALUE) {
        issues.error(line, col, "type", type.toString(), "must be the gift type (1 = repeatable), within 32 bits"
            + where);
        continue;
      }
      boolean repeatable = type == GiftTypes.REPEATABLE;
      if (combo != null && combo != repeatable) {
        issues.error(line, col, "combo", combo.toString(), "must agree with type " + type + where);
        continue;
      }
      Long before = seen.putIfAbsent(id, line);
      if (before != null) {
        issues.error(line, col, "id", id.toString(), "must be unique (also on line " + before + ")");
        continue;
      }
      out.add(Gift.fromGiftList(id, name, price, (int) (long) type));
    }
  }

  private static @Nullable Long whole(JsonParser p, JsonToken v) {
    if (v == JsonToken.VALUE_NUMBER_INT && (p.getNumberType() == JsonParser.NumberType.INT
        || p.getNumberType() == JsonParser.NumberType.LONG)) {
      return p.getLongValue();
    }
    if (v == JsonToken.VALUE_STRING) {
      byte[] b = p.getString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
      try {
        return Text.parseLong(b, 0, b.length);
      } catch (Text.Bad e) {
        return null;
      }
    }
    p.skipChildren();
    return null;
  }
}
