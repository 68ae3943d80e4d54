package io.github.monetik.io;

import io.github.monetik.gifts.Gift;
import io.github.monetik.gifts.GiftCatalog;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * One gift event as a JSON object, in every shape the LIVE clients write (see {@link GiftReader}):
 * TikTok-Live-Connector 2.x (nested: {@code common.msgId}, {@code user.id}, {@code gift.diamondCount},
 * recipient {@code monitorInfo.anchorId}), its legacy flat shape ({@code msgId}, {@code userId},
 * {@code repeatEnd} as a boolean, no price), 1.x flat ({@code diamondCount}, {@code giftType},
 * {@code receiverUserId}), and TikTokLive's snake_case ({@code common.msg_id}, {@code to_user.id},
 * {@code gift.diamond_count}). The object is walked once with Jackson's streaming parser; only the
 * fields below are kept, every other one is skipped.
 */
final class GiftJson implements GiftDecoder {
  static final JsonFactory JSON = new JsonFactory();
  /**
   * For one small parser per NDJSON line: buffers recycled per thread, not through the shared
   * concurrent pool (which cost 8% of a line's time).
   */
  static final JsonFactory LINES = JsonFactory.builder()
      .recyclerPool(tools.jackson.core.util.JsonRecyclerPools.threadLocalPool()).build();

  // Slots: where each value of interest was found.
  private static final int MSG_ID = 0;
  private static final int CREATE_TIME = 1;
  private static final int SENDER_ID = 2;
  private static final int SENDER_NICK = 3;
  private static final int SENDER_DISPLAY = 4;
  private static final int SENDER_UNIQUE = 5;
  private static final int HOST_TO_USER = 6;
  private static final int HOST_ANCHOR = 7;
  private static final int HOST_RECEIVER = 8;
  private static final int GIFT_ID = 9;
  private static final int GIFT_ID_INNER = 10;
  private static final int REPEAT_COUNT = 11;
  private static final int REPEAT_END = 12;
  private static final int GROUP_ID = 13;
  private static final int COINS = 14;
  private static final int TYPE = 15;
  private static final int GIFT_NAME = 16;
  private static final int TIMESTAMP = 17;
  private static final int SLOTS = 18;

  // Objects walked into.
  private static final int ROOT = 0;
  private static final int COMMON = 1;
  private static final int USER = 2;
  private static final int TO_USER = 3;
  private static final int MONITOR = 4;
  private static final int RECEIVER = 5;
  private static final int GIFT = 6;

  private static final int STRING = 1;
  private static final int INT = 2;
  private static final int BOOL = 3;
  private static final int OTHER = 4;
  /** A decimal string of digits, parsed in place (its text is the number's). */
  private static final int DIGITS = 5;

  private final Issues issues;
  private final GiftCatalog catalog;
  private final @Nullable String defaultHost;
  private final Interner strings = new Interner();

  private final int[] kind = new int[SLOTS];
  private final @Nullable String[] text = new String[SLOTS];
  private final long[] number = new long[SLOTS];
  private final boolean[] bool = new boolean[SLOTS];
  private final int[] column = new int[SLOTS];
  private final int[] pathWhere = new int[SLOTS];
  private final String[] pathName = new String[SLOTS];
  private @Nullable String duplicate;
  private long line;

  GiftJson(Issues issues, GiftCatalog catalog, @Nullable String defaultHost) {
    this.issues = issues;
    this.catalog = catalog;
    this.defaultHost = defaultHost;
  }

  /** One NDJSON line: one object. */
  @Override
  public void decode(LineReader lines, GiftSink sink) {
    if (lines.tooLong) {
      issues.error(lines.line(), 0, "", null, "must be a line of at most " + LineReader.MAX_LINE + " bytes");
      return;
    }
    if (isBlank(lines.buf, lines.lineStart, lines.lineEnd)) {
      return;
    }
    long at = lines.line();
    try (JsonParser p = LINES.createParser(ObjectReadContext.empty(), lines.buf, lines.lineStart,
        lines.lineEnd - lines.lineStart)) {
      JsonToken t = p.nextToken();
      if (t != JsonToken.START_OBJECT) {
        issues.error(at, 1, "", Text.string(lines.buf, lines.lineStart, lines.lineEnd),
            "must be a JSON object, one gift event per line");
        return;
      }
      boolean ok = object(p, at, 0, sink);
      if (ok && p.nextToken() != null) {
        issues.error(at, p.currentTokenLocation().getColumnNr(), "", Text.string(lines.buf, lines.lineStart, lines.lineEnd),
            "must hold one JSON value per line");
      }
    } catch (Text.Bad e) {
      issues.error(at, 0, "", Text.string(lines.buf, lines.lineStart, lines.lineEnd), e.expected);
    } catch (JacksonException e) {
      int col = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
      issues.error(at, Math.max(col, 0), "", Text.string(lines.buf, lines.lineStart, lines.lineEnd),
          "must be well-formed JSON (" + shortMessage(e) + ")");
    }
  }

  static String shortMessage(JacksonException e) {
    String m = e.getOriginalMessage();
    if (m == null) {
      return "malformed";
    }
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }

  private static boolean isBlank(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] != ' ' && b[i] != '\t' && b[i] != '\r') {
        return false;
      }
    }
    return true;
  }

  /**
   * Reads one object (the parser is on its START_OBJECT) into the sink, or reports why not.
   *
   * @param lineBase the line the object starts on, or for a JSON array 0: lines from the parser
   * @param lineOffset added to the parser's line numbers (0 for NDJSON lines, where the line is fixed)
   * @return false if the object was left unread (the parser is then past it anyway)
   */
  boolean object(JsonParser p, long lineBase, long lineOffset, GiftSink sink) {
    for (int i = 0; i < SLOTS; i++) {
      kind[i] = 0;
      text[i] = null;
    }
    line = lineBase > 0 ? lineBase : p.currentTokenLocation().getLineNr() + lineOffset;
    duplicate = null;
    walk(p, ROOT);
    String twice = duplicate;
    if (twice != null) {
      issues.error(line, 0, twice, null, "must appear once in the object (it appears twice)");
      return true;
    }
    emit(sink);
    return true;
  }

  private void walk(JsonParser p, int where) {
    JsonToken t;
    while ((t = p.nextToken()) == JsonToken.PROPERTY_NAME) {
      String name = p.currentName();
      JsonToken v = p.nextToken();
      if (v == JsonToken.START_OBJECT) {
        int child = where == ROOT ? child(name) : -1;
        if (child >= 0) {
          walk(p, child);
        } else {
          p.skipChildren();
        }
        continue;
      }
      if (v == JsonToken.START_ARRAY) {
        p.skipChildren();
        continue;
      }
      int slot = slot(where, name);
      if (slot >= 0) {
        if (kind[slot] == 0) {
          store(p, v, slot, where, name);
        } else if (pathWhere[slot] == where && pathName[slot].equals(name) && duplicate == null) {
          duplicate = prefix(where) + name;
        }
      }
    }
    if (t != JsonToken.END_OBJECT) {
      throw new Text.Bad("must be well-formed JSON (the object is not closed)");
    }
  }

  private static int child(String name) {
    return switch (name) {
      case "common" -> COMMON;
      case "user" -> USER;
      case "toUser", "to_user" -> TO_USER;
      case "monitorInfo", "monitor_info" -> MONITOR;
      case "userGiftReciever", "user_gift_reciever" -> RECEIVER;
      case "gift" -> GIFT;
      default -> -1;
    };
  }

  private static String prefix(int where) {
    return switch (where) {
      case COMMON -> "common.";
      case USER -> "user.";
      case TO_USER -> "toUser.";
      case MONITOR -> "monitorInfo.";
      case RECEIVER -> "userGiftReciever.";
      case GIFT -> "gift.";
      default -> "";
    };
  }

  private static int slot(int where, String name) {
    switch (where) {
      case ROOT:
        return switch (name) {
          case "giftId", "gift_id" -> GIFT_ID;
          case "repeatCount", "repeat_count" -> REPEAT_COUNT;
          case "repeatEnd", "repeat_end" -> REPEAT_END;
          case "groupId", "group_id" -> GROUP_ID;
          case "msgId", "msg_id" -> MSG_ID;
          case "createTime", "create_time" -> CREATE_TIME;
          case "userId", "user_id" -> SENDER_ID;
          case "nickname", "nick_name" -> SENDER_NICK;
          case "uniqueId", "unique_id" -> SENDER_UNIQUE;
          case "diamondCount", "diamond_count" -> COINS;
          case "giftType", "gift_type" -> TYPE;
          case "giftName", "gift_name" -> GIFT_NAME;
          case "receiverUserId", "receiver_user_id" -> HOST_RECEIVER;
          case "timestamp" -> TIMESTAMP;
          default -> -1;
        };
      case COMMON:
        return switch (name) {
          case "msgId", "msg_id" -> MSG_ID;
          case "createTime", "create_time" -> CREATE_TIME;
          default -> -1;
        };
      case USER:
        return switch (name) {
          case "id", "userId", "user_id" -> SENDER_ID;
          case "nickname", "nick_name" -> SENDER_NICK;
          case "displayId", "display_id" -> SENDER_DISPLAY;
          case "uniqueId", "unique_id" -> SENDER_UNIQUE;
          default -> -1;
        };
      case TO_USER:
        return "id".equals(name) ? HOST_TO_USER : -1;
      case MONITOR:
        return "anchorId".equals(name) || "anchor_id".equals(name) ? HOST_ANCHOR : -1;
      case RECEIVER:
        return "userId".equals(name) || "user_id".equals(name) ? HOST_RECEIVER : -1;
      case GIFT:
        return switch (name) {
          case "id", "gift_id" -> GIFT_ID_INNER;
          case "name" -> GIFT_NAME;
          case "diamondCount", "diamond_count" -> COINS;
          case "type", "gift_type" -> TYPE;
          default -> -1;
        };
      default:
        return -1;
    }
  }

  private String path(int slot) {
    return prefix(pathWhere[slot]) + pathName[slot];
  }

  private void store(JsonParser p, JsonToken v, int slot, int where, String name) {
    pathWhere[slot] = where;
    pathName[slot] = name;
    column[slot] = p.currentTokenLocation().getColumnNr();
    switch (v) {
      case VALUE_STRING -> {
        long n = numeric(slot) ? digits(p.getStringCharacters(), p.getStringOffset(), p.getStringLength())
            : Long.MIN_VALUE;
        if (n != Long.MIN_VALUE) {
          kind[slot] = DIGITS;
          number[slot] = n;
          text[slot] = null;
        } else {
          kind[slot] = STRING;
          text[slot] = shared(slot) ? strings.intern(p.getStringCharacters(), p.getStringOffset(),
              p.getStringOffset() + p.getStringLength()) : p.getString();
        }
      }
      case VALUE_NUMBER_INT -> {
        if (p.getNumberType() == JsonParser.NumberType.INT || p.getNumberType() == JsonParser.NumberType.LONG) {
          kind[slot] = INT;
          number[slot] = p.getLongValue();
          text[slot] = null;
        } else {
          kind[slot] = OTHER;
          text[slot] = p.getString();
        }
      }
      case VALUE_TRUE, VALUE_FALSE -> {
        kind[slot] = BOOL;
        bool[slot] = v == JsonToken.VALUE_TRUE;
        text[slot] = p.getString();
      }
      case VALUE_NULL -> kind[slot] = 0; // null is absent, as proto3's JSON writes absent values
      default -> {
        kind[slot] = OTHER;
        text[slot] = p.getString();
      }
    }
  }

  /** {@return whether the slot's text repeats from record to record (ids, names): interned} */
  private static boolean shared(int slot) {
    return slot == SENDER_ID || slot == HOST_TO_USER || slot == HOST_ANCHOR || slot == HOST_RECEIVER
        || slot == SENDER_NICK || slot == SENDER_DISPLAY || slot == SENDER_UNIQUE || slot == GIFT_NAME;
  }

  private static boolean numeric(int slot) {
    return slot == MSG_ID || slot == CREATE_TIME || slot == GIFT_ID || slot == GIFT_ID_INNER || slot == GROUP_ID
        || slot == COINS || slot == TYPE || slot == REPEAT_COUNT || slot == TIMESTAMP;
  }

  /** {@return the value of 1 to 19 plain digits within 64 bits, or Long.MIN_VALUE for anything else} */
  private static long digits(char[] c, int off, int len) {
    if (len < 1 || len > 19) {
      return Long.MIN_VALUE;
    }
    long v = 0;
    for (int i = 0; i < len; i++) {
      int d = c[off + i] - '0';
      if (d < 0 || d > 9 || (i == 18 && v > (Long.MAX_VALUE - d) / 10)) {
        return Long.MIN_VALUE;
      }
      v = v * 10 + d;
    }
    return v;
  }

  /** {@return the slot's text as found (numbers as their digits)} */
  private @Nullable String text(int slot) {
    String t = text[slot];
    if (t == null && (kind[slot] == INT || kind[slot] == DIGITS)) {
      return Long.toString(number[slot]);
    }
    return t;
  }

  /** A value that is wrong, for the slot's place. */
  private static final class Wrong extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int slot;
    final String expected;

    Wrong(int slot, String expected) {
      super(expected, null, false, false);
      this.slot = slot;
      this.expected = expected;
    }
  }

  private void emit(GiftSink sink) {
    try {
      if (kind[GIFT_ID] == 0 && kind[GIFT_ID_INNER] == 0) {
        issues.error(line, 0, "giftId", null, "must be a gift event with a giftId (gift_id)");
        return;
      }
      long giftId = kind[GIFT_ID] != 0 ? whole(GIFT_ID, 0) : whole(GIFT_ID_INNER, 0);
      if (kind[GIFT_ID] != 0 && kind[GIFT_ID_INNER] != 0 && whole(GIFT_ID_INNER, 0) != giftId
          && whole(GIFT_ID_INNER, 0) != 0) {
        throw new Wrong(GIFT_ID_INNER, "must equal giftId " + giftId);
      }
      if (giftId < 0) {
        throw new Wrong(kind[GIFT_ID] != 0 ? GIFT_ID : GIFT_ID_INNER, "must be a gift id >= 0");
      }
      long messageId = required(MSG_ID, "common.msgId");
      long millis = time();
      String sender = id(SENDER_ID, "user.id");
      String host = host();
      long count = kind[REPEAT_COUNT] == 0 ? 0 : whole(REPEAT_COUNT, 0);
      if (count < 0 || count > Integer.MAX_VALUE) {
        throw new Wrong(REPEAT_COUNT, "must be a repeat count from 0 to " + Integer.MAX_VALUE + " (0 counts as 1)");
      }
      boolean end = flag(REPEAT_END);
      long group = kind[GROUP_ID] == 0 ? 0 : whole(GROUP_ID, 0);
      if (group < 0) {
        throw new Wrong(GROUP_ID, GiftCsv.GROUP_ID_RULE);
      }
      String senderName = firstText(SENDER_NICK, SENDER_DISPLAY, SENDER_UNIQUE);
      String giftName = firstText(GIFT_NAME);
      long coins;
      boolean repeatable;
      if (kind[COINS] != 0 && kind[TYPE] != 0) {
        coins = whole(COINS, 0);
        if (coins < 0 || coins > GiftCsv.MAX_COINS_PER_GIFT) {
          throw new Wrong(COINS, "must be a price in coins from 0 to " + GiftCsv.MAX_COINS_PER_GIFT);
        }
        long type = whole(TYPE, 0);
        repeatable = type == GiftTypes.REPEATABLE;
      } else {
        Optional<Gift> known = catalog.byId(giftId);
        if (known.isEmpty()) {
          String missing = kind[COINS] == 0 && kind[TYPE] == 0 ? "no price (gift.diamondCount) and no type (gift.type)"
              : kind[COINS] == 0 ? "no price (gift.diamondCount)" : "no type (gift.type)";
          issues.error(line, 0, kind[COINS] == 0 ? "gift.diamondCount" : "gift.type", null,
              "must be given for gift " + giftId + ": the record states " + missing + " and the catalog ("
                  + catalog.size() + " gifts) does not know the gift; give the reader a catalog that does");
          return;
        }
        Gift g = known.get();
        coins = kind[COINS] != 0 ? whole(COINS, 0) : g.price().count();
        repeatable = kind[TYPE] != 0 ? whole(TYPE, 0) == GiftTypes.REPEATABLE : g.repeatable();
        if (giftName == null) {
          giftName = g.name();
        }
        issues.note("gift " + giftId, line, kind[COINS] == 0 ? "gift.diamondCount" : "gift.type",
            "gift " + giftId + " has no " + (kind[COINS] == 0 ? "price" : "") + (kind[COINS] == 0 && kind[TYPE] == 0
                ? " or " : "") + (kind[TYPE] == 0 ? "type" : "") + " in the record; taken from the catalog: " + g);
      }
      try {
        sink.gift(messageId, millis, sender, senderName, host, giftId, giftName, coins, repeatable,
            count == 0 ? 1 : (int) count, end, group);
      } catch (IllegalArgumentException e) {
        issues.refused(line, e);
      }
    } catch (Wrong w) {
      issues.error(line, column[w.slot], path(w.slot), text(w.slot), w.expected);
    } catch (Missing m) {
      issues.error(line, 0, m.field, null, "must be given (the record has no such field)");
    }
  }

  private static final class Missing extends RuntimeException {
    private static final long serialVersionUID = 1L;

    final String field;

    Missing(String field) {
      super(field, null, false, false);
      this.field = field;
    }
  }

  private long required(int slot, String name) {
    if (kind[slot] == 0) {
      throw new Missing(name);
    }
    return whole(slot, 0);
  }

  private long whole(int slot, long absent) {
    switch (kind[slot]) {
      case 0:
        return absent;
      case INT, DIGITS:
        return number[slot];
      case STRING:
        String s = text[slot];
        if (s == null) {
          return absent;
        }
        try {
          byte[] b = s.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
          return Text.parseLong(b, 0, b.length);
        } catch (Text.Bad e) {
          throw new Wrong(slot, e.expected);
        }
      case OTHER:
        throw new Wrong(slot, "must be a whole number within 64 bits (as a number or a decimal string)");
      default:
        throw new Wrong(slot, "must be a whole number, not a boolean");
    }
  }

  private long time() {
    int slot = kind[CREATE_TIME] != 0 ? CREATE_TIME : TIMESTAMP;
    if (kind[slot] == 0) {
      throw new Missing("common.createTime");
    }
    try {
      long ms;
      if (kind[slot] == STRING) {
        String s = text[slot];
        ms = Text.time(s == null ? "" : s);
      } else {
        ms = Text.epochMillis(whole(slot, 0));
      }
      if (ms == 0) {
        throw new Text.Bad("must be a time after 1970 (0 is proto3's absent value)");
      }
      return Text.giftTime(ms);
    } catch (Text.Bad e) {
      throw new Wrong(slot, e.expected);
    }
  }

  private String id(int slot, String name) {
    if (kind[slot] == 0) {
      throw new Missing(name);
    }
    if (kind[slot] != STRING && kind[slot] != INT && kind[slot] != DIGITS) {
      throw new Wrong(slot, "must be an id (a decimal string or a whole number)");
    }
    String s = kind[slot] == STRING ? text[slot] : strings.intern(number[slot]);
    if (s == null || s.isBlank()) {
      throw new Wrong(slot, "must not be blank");
    }
    if (!s.strip().equals(s)) {
      throw new Wrong(slot, "must have no blanks around it");
    }
    return s;
  }

  /** Where a recipient may be named, in order of preference. */
  private static final int[] HOSTS = {HOST_TO_USER, HOST_ANCHOR, HOST_RECEIVER};

  private String host() {
    for (int slot : HOSTS) {
      boolean zero = kind[slot] == INT || kind[slot] == DIGITS ? number[slot] == 0 : "0".equals(text[slot]);
      if (kind[slot] != 0 && !zero) {
        return id(slot, path(slot));
      }
    }
    if (defaultHost != null) {
      issues.note("host", line, "monitorInfo.anchorId", "the record names no recipient (monitorInfo.anchorId, "
          + "toUser.id, receiverUserId); the reader's default host '" + defaultHost + "' is used");
      return defaultHost;
    }
    throw new Missing("monitorInfo.anchorId");
  }

  private boolean flag(int slot) {
    switch (kind[slot]) {
      case 0:
        return false;
      case BOOL:
        return bool[slot];
      case INT:
        if (number[slot] == 0 || number[slot] == 1) {
          return number[slot] == 1;
        }
        throw new Wrong(slot, "must be true, false, 0 or 1");
      default:
        throw new Wrong(slot, "must be true, false, 0 or 1");
    }
  }

  private @Nullable String firstText(int... slots) {
    for (int slot : slots) {
      String s = text[slot];
      if (kind[slot] == STRING && s != null && !s.isEmpty()) {
        return s;
      }
    }
    return null;
  }
}
