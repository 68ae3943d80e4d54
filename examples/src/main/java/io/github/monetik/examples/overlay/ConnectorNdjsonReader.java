package io.github.monetik.examples.overlay;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.monetik.gifts.Gift;
import io.github.monetik.gifts.GiftCatalog;
import io.github.monetik.gifts.GiftEvent;
import java.io.BufferedReader;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads TikTok-Live-Connector's {@code on('gift')} events, one JSON object a line (what
 * {@code connection.on('gift', d => console.log(JSON.stringify(d)))} prints), into gift messages.
 * Both of its shapes (see {@code shared/data/live-gifts/connector/README.md}):
 *
 * <ul>
 *   <li>the current API's ({@code TikTokLiveConnection}): {@code common.msgId},
 *       {@code common.createTime}, {@code giftId}, {@code repeatCount}, {@code repeatEnd},
 *       {@code groupId}, {@code user.id}, {@code user.nickname} (or {@code user.displayId}),
 *       {@code gift.name}, {@code gift.diamondCount} (the price in coins), {@code gift.type}, and the
 *       recipient {@code monitorInfo.anchorId};
 *   <li>the legacy API's ({@code WebcastPushConnection}), flat: {@code msgId}, {@code createTime},
 *       {@code userId}, {@code nickname} (or {@code uniqueId}), {@code giftId}, {@code repeatCount},
 *       {@code repeatEnd}, {@code groupId}; version 2.5.0 drops the price, type and name, so they are
 *       taken from the gift catalog, and the reader says so once per gift id.
 * </ul>
 *
 * <p>64-bit ids may be decimal strings or numbers. A line that is blank is passed over; a line that
 * is not a gift event (no {@code giftId}), not JSON, or not a valid message is passed over and
 * reported to the notice sink with its line number, never silently dropped and never guessed.
 * Numbers are read as text or {@code BigDecimal} (never {@code double}).
 *
 * <p>Not thread-safe: one thread reads (the overlay's feed).
 *
 * <p><b>Stand-in, to be replaced at merge</b> by the {@code io} module's Connector reader (see
 * {@link GiftEventReader}).
 */
final class ConnectorNdjsonReader implements GiftEventReader {
  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
      .build();

  private final BufferedReader in;
  private final GiftCatalog catalog;
  private final String defaultHost;
  private final Consumer<String> notices;
  private final java.util.Set<Long> fromCatalog = new java.util.HashSet<>();
  private long line;
  private long skipped;

  /**
   * @param in the NDJSON text
   * @param catalog where a legacy event's price, type and name come from
   * @param defaultHost the recipient when an event names none
   * @param notices where skipped lines and catalog look-ups are reported
   */
  ConnectorNdjsonReader(BufferedReader in, GiftCatalog catalog, String defaultHost, Consumer<String> notices) {
    this.in = in;
    this.catalog = catalog;
    this.defaultHost = defaultHost;
    this.notices = notices;
  }

  /** {@return how many non-blank lines were passed over so far} */
  long skipped() {
    return skipped;
  }

  @Override
  public Optional<GiftEvent> next() throws IOException {
    for (String text = in.readLine(); text != null; text = in.readLine()) {
      line++;
      if (text.isBlank()) {
        continue;
      }
      try {
        Optional<GiftEvent> e = parse(JSON.readTree(text));
        if (e.isPresent()) {
          return e;
        }
        skip("not a gift event (no giftId)");
      } catch (JsonProcessingException e) {
        skip("not JSON (" + e.getOriginalMessage() + ")");
      } catch (IllegalArgumentException | IllegalStateException e) {
        skip(e.getMessage());
      }
    }
    return Optional.empty();
  }

  private void skip(String why) {
    skipped++;
    notices.accept("line " + line + " skipped: " + why);
  }

  /** {@return the event of one parsed line, empty if it is no gift event} */
  Optional<GiftEvent> parse(JsonNode n) {
    if (!n.isObject() || !has(n, "giftId")) {
      return Optional.empty();
    }
    JsonNode common = n.path("common");
    boolean current = common.isObject();
    long giftId = number(n.get("giftId"), "giftId");
    GiftEvent.Builder b = GiftEvent.builder()
        .messageId(number(current ? common.get("msgId") : n.get("msgId"), current ? "common.msgId" : "msgId"))
        .timestamp(Instant.ofEpochMilli(number(current ? common.get("createTime") : n.get("createTime"),
            current ? "common.createTime" : "createTime")))
        .giftId(giftId)
        .repeatCount(integer(n.get("repeatCount"), "repeatCount"))
        .repeatEnd(flag(n.get("repeatEnd")))
        .groupId(has(n, "groupId") ? number(n.get("groupId"), "groupId") : 0);
    JsonNode user = n.path("user");
    String sender = current ? text(user, "id") : text(n, "userId");
    if (sender == null) {
      throw new IllegalArgumentException(current ? "user.id missing" : "userId missing");
    }
    b.senderId(sender);
    String name = current ? first(text(user, "nickname"), text(user, "displayId")) : first(text(n, "nickname"), text(n, "uniqueId"));
    if (name != null) {
      b.senderName(name);
    }
    String host = first(text(n.path("monitorInfo"), "anchorId"), text(n.path("toUser"), "userId"));
    b.hostId(host == null || host.equals("0") ? defaultHost : host);
    JsonNode gift = n.path("gift");
    if (current && has(gift, "diamondCount") && has(gift, "type")) {
      b.coinsPerGift(number(gift.get("diamondCount"), "gift.diamondCount"))
          .repeatable(GiftEvent.isRepeatableType(integer(gift.get("type"), "gift.type")));
      String giftName = text(gift, "name");
      if (giftName != null) {
        b.giftName(giftName);
      }
    } else if (has(n, "diamondCount") && has(n, "giftType")) { // the legacy shape of Connector 1.x
      b.coinsPerGift(number(n.get("diamondCount"), "diamondCount"))
          .repeatable(GiftEvent.isRepeatableType(integer(n.get("giftType"), "giftType")));
      String giftName = text(n, "giftName");
      if (giftName != null) {
        b.giftName(giftName);
      }
    } else {
      Gift known = catalog.byId(giftId).orElseThrow(() -> new IllegalArgumentException("gift " + giftId
          + " has no price in the event (legacy Connector 2.x) and is not in the catalog (" + catalog.source() + ")"));
      b.coinsPerGift(known.price().count()).repeatable(known.repeatable()).giftName(known.name());
      if (fromCatalog.add(giftId)) {
        notices.accept("gift " + giftId + " (" + known.name() + "): price " + known.price() + " and "
            + (known.repeatable() ? "combo" : "single") + " type from the catalog (" + catalog.source()
            + "); the event states none");
      }
    }
    return Optional.of(b.build());
  }

  private static boolean has(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v != null && !v.isNull() && !v.isMissingNode();
  }

  private static String text(JsonNode n, String field) {
    if (!has(n, field)) {
      return null;
    }
    String v = n.get(field).asText();
    return v.isBlank() ? null : v;
  }

  private static String first(String a, String b) {
    return a != null ? a : b;
  }

  private static long number(JsonNode v, String field) {
    if (v == null || v.isNull() || v.isMissingNode()) {
      throw new IllegalArgumentException(field + " missing");
    }
    String t = v.asText();
    if ((!v.isTextual() && !v.isIntegralNumber()) || !t.matches("-?[0-9]{1,19}")) {
      throw new IllegalArgumentException(field + " must be a whole number, was " + v);
    }
    try {
      return Long.parseLong(t);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(field + " must fit a long, was " + t);
    }
  }

  private static int integer(JsonNode v, String field) {
    long n = number(v, field);
    if (n < Integer.MIN_VALUE || n > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(field + " must fit an int, was " + n);
    }
    return (int) n;
  }

  private static boolean flag(JsonNode v) {
    if (v == null || v.isNull() || v.isMissingNode()) {
      return false;
    }
    if (v.isBoolean()) {
      return v.booleanValue();
    }
    String t = v.asText();
    if (t.equals("1") || t.equals("true")) {
      return true;
    }
    if (t.equals("0") || t.equals("false")) {
      return false;
    }
    throw new IllegalArgumentException("repeatEnd must be 0, 1, true or false, was " + v);
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
