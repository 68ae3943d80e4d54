package io.github.monetik.io;

import io.github.monetik.gifts.Gift;
import io.github.monetik.gifts.GiftCatalog;
import io.github.monetik.money.Coins;
import java.io.IOException;
import java.nio.file.Path;
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
 * array of gift objects) into {@link Gift}s: {@code id}, {@code name}, {@code diamond_count} as the
 * price in coins (TikTok's field name notwithstanding), repeatable when {@code type} is 1. The
 * {@code combo} flag, where given, must agree with the type; ids must be unique. Everything else
 * (images, {@code data.pages}) is skipped. Immutable.
 *
 * <pre>{@code
 * GiftCatalog catalog = GiftListReader.strict().catalog(Path.of("official_05_01_2024.json"));
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
    Objects.requireNonNull(file, "file must not be null");
    try (Source src = Source.open(file)) {
      Issues issues = new Issues(mode, src.name);
      List<Gift> gifts = new ArrayList<>();
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
      return new ReadResult<>(gifts, issues.all());
    }
  }

  /**
   * {@return the catalog of the gifts read (in lenient mode the good ones)}
   *
   * @param file a gift list JSON file
   * @throws IOException naming the file if it cannot be read
   * @throws InputException as {@link #read(Path)}
   */
  public GiftCatalog catalog(Path file) throws IOException {
    return GiftCatalog.of(read(file).records());
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
      out.add(Gift.builder().id(id).name(name).price(Coins.of(price)).repeatable(repeatable).build());
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
