package io.github.monetik.io;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The recorded gift CSV ({@code timestamp,host,message_id,sender_id,sender_name,gift_id,gift_name,
 * coins_per_gift,gift_type,repeat_count,repeat_end,group_id}), decoded from bytes: numbers and times
 * parsed in place, ids and names interned per chunk (one shared {@code String} per distinct value,
 * so the settler's id tables hit by reference with a cached hash), so a record costs no garbage
 * beyond what a {@code GiftEvent} needs, and none when settling.
 */
final class GiftCsv implements GiftDecoder {
  static final List<String> REQUIRED = List.of("timestamp", "host", "message_id", "sender_id", "gift_id",
      "coins_per_gift", "gift_type", "repeat_count", "repeat_end", "group_id");
  static final List<String> OPTIONAL = List.of("sender_name", "gift_name");
  /** Why a group id must not be negative: {@code GiftEvent} refuses one (the settler keys combos without a group below 0). */
  static final String GROUP_ID_RULE = "must be a group id >= 0 (TikTok's are the combo's start in milliseconds; 0 for none)";
  /** The most coins one gift may cost in a record (TikTok's dearest gift costs 44,999). */
  static final long MAX_COINS_PER_GIFT = 1_000_000_000L;

  private static final int TIMESTAMP = 0;
  private static final int HOST = 1;
  private static final int MESSAGE_ID = 2;
  private static final int SENDER_ID = 3;
  private static final int GIFT_ID = 4;
  private static final int COINS = 5;
  private static final int TYPE = 6;
  private static final int REPEAT_COUNT = 7;
  private static final int REPEAT_END = 8;
  private static final int GROUP_ID = 9;
  private static final int SENDER_NAME = 10;
  private static final int GIFT_NAME = 11;

  private final CsvHeader header;
  private final int[] at = new int[12];
  private final Issues issues;
  private final CsvRow row = new CsvRow();
  private final Interner strings = new Interner();
  private final Text.Times times = new Text.Times();

  GiftCsv(CsvHeader header, Issues issues) {
    this.header = header;
    this.issues = issues;
    for (int i = 0; i < REQUIRED.size(); i++) {
      at[i] = header.indexOf(REQUIRED.get(i));
    }
    at[SENDER_NAME] = header.indexOf("sender_name");
    at[GIFT_NAME] = header.indexOf("gift_name");
  }

  @Override
  public void decode(LineReader line, GiftSink sink) {
    if (line.tooLong) {
      issues.error(line.line(), 0, "", null, "must be a line of at most " + LineReader.MAX_LINE + " bytes");
      return;
    }
    if (line.isBlank()) {
      return;
    }
    byte[] b = line.buf;
    if (!row.split(b, line.lineStart, line.lineEnd)) {
      issues.error(line.line(), row.errorColumn, name(row.errorColumn - 1), Text.string(b, line.lineStart, line.lineEnd),
          "must be a CSV record; it " + row.error);
      return;
    }
    if (row.count != header.size()) {
      issues.error(line.line(), 0, "", Text.string(b, line.lineStart, line.lineEnd), "must have " + header.size()
          + " fields like the header (" + String.join(",", header.names) + "), has " + row.count);
      return;
    }
    int field = TIMESTAMP;
    try {
      long millis = Text.giftTime(times.time(b, row.from[at[TIMESTAMP]], row.to[at[TIMESTAMP]]));
      field = HOST;
      String host = id(b, at[HOST]);
      field = MESSAGE_ID;
      long messageId = Text.parseLong(b, row.from[at[MESSAGE_ID]], row.to[at[MESSAGE_ID]]);
      field = SENDER_ID;
      String sender = id(b, at[SENDER_ID]);
      field = GIFT_ID;
      long giftId = Text.parseRange(b, row.from[at[GIFT_ID]], row.to[at[GIFT_ID]], 0, Long.MAX_VALUE,
          "must be a gift id >= 0");
      field = COINS;
      long coins = Text.parseRange(b, row.from[at[COINS]], row.to[at[COINS]], 0, MAX_COINS_PER_GIFT,
          "must be a price in coins from 0 to " + MAX_COINS_PER_GIFT);
      field = TYPE;
      long type = Text.parseRange(b, row.from[at[TYPE]], row.to[at[TYPE]], 0, Integer.MAX_VALUE,
          "must be a gift type (1 = repeatable; 2, 4 = not)");
      field = REPEAT_COUNT;
      long count = Text.parseRange(b, row.from[at[REPEAT_COUNT]], row.to[at[REPEAT_COUNT]], 0, Integer.MAX_VALUE,
          "must be a repeat count from 0 to " + Integer.MAX_VALUE + " (0 counts as 1)");
      field = REPEAT_END;
      boolean end = flag(b, at[REPEAT_END]);
      field = GROUP_ID;
      long group = Text.parseRange(b, row.from[at[GROUP_ID]], row.to[at[GROUP_ID]], 0, Long.MAX_VALUE, GROUP_ID_RULE);
      field = SENDER_NAME;
      String senderName = optional(b, at[SENDER_NAME]);
      String giftName = optional(b, at[GIFT_NAME]);
      try {
        sink.gift(messageId, millis, sender, senderName, host, giftId, giftName, coins, type == GiftTypes.REPEATABLE,
            count == 0 ? 1 : (int) count, end, group);
      } catch (IllegalArgumentException e) {
        issues.refused(line.line(), e);
      }
    } catch (Text.Bad e) {
      int c = at[field];
      issues.error(line.line(), c + 1, header.names.get(c), row.text(b, c), e.expected);
    }
  }

  private String name(int column) {
    return column >= 0 && column < header.size() ? header.names.get(column) : "";
  }

  private String id(byte[] b, int c) {
    int from = row.from[c];
    int to = row.to[c];
    if (to == from || (b[from] & 0xff) <= ' ' || (b[to - 1] & 0xff) <= ' ') {
      String s = row.text(b, c);
      if (s.isBlank()) {
        throw new Text.Bad("must not be blank");
      }
      if (!s.strip().equals(s)) {
        throw new Text.Bad("must have no blanks around it");
      }
    }
    return row.escaped[c] ? row.text(b, c) : strings.intern(b, from, to);
  }

  private @Nullable String optional(byte[] b, int c) {
    if (c < 0 || row.to[c] == row.from[c]) {
      return null;
    }
    return row.escaped[c] ? row.text(b, c) : strings.intern(b, row.from[c], row.to[c]);
  }

  private boolean flag(byte[] b, int c) {
    if (row.to[c] - row.from[c] == 1) {
      byte v = b[row.from[c]];
      if (v == '1') {
        return true;
      }
      if (v == '0') {
        return false;
      }
    }
    throw new Text.Bad("must be 0 or 1");
  }
}
