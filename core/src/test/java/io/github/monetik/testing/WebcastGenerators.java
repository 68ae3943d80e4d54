package io.github.monetik.testing;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.monetik.gifts.GiftEvent;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * TikTok's own bytes for tests: the recorded {@code WebcastGiftMessage} payloads
 * ({@code src/test/resources/live-gifts/raw}), gift events that a payload can carry, an encoder that
 * writes them as payloads in many equivalent layouts (any field order, split submessages, repeated
 * scalars where the last wins, explicit zeros, unknown fields of every wire type anywhere), and hostile
 * bytes. The encoder follows the wire field numbers of {@code raw/README.md}.
 */
public final class WebcastGenerators {
  private WebcastGenerators() {}

  /** The recorded captures, by file name without {@code .b64}/{@code .csv}. */
  public static final List<String> CAPTURES = List.of("WebcastLog2", "ab", "dupa", "giftsCollector", "link", "log", "web");

  /** Field numbers the decoder reads, per message: a test's unknown fields avoid them. */
  static final Set<Integer> TOP = Set.of(1, 2, 5, 7, 8, 9, 11, 15, 23);
  static final Set<Integer> COMMON = Set.of(2, 4);
  static final Set<Integer> USER = Set.of(1, 3, 38);
  static final Set<Integer> TO_USER = Set.of(1);
  static final Set<Integer> GIFT = Set.of(5, 11, 12, 16);
  static final Set<Integer> RECIPIENT = Set.of(1);

  private static final List<String> NAMES = List.of("Anna", "user-48bd95de", "Rose", "a", "🌹 Rose 🌹", "日本語の名前",
      "Ünïcödé", "\u0000", "x".repeat(300), "  spaced  ", "emoji 👨‍👩‍👧", "٣٤٥");

  /**
   * {@return the payloads of one capture, line by line}
   *
   * @param capture a name from {@link #CAPTURES}
   */
  public static List<byte[]> payloads(String capture) {
    List<byte[]> out = new ArrayList<>();
    for (String line : lines("/live-gifts/raw/" + capture + ".b64")) {
      out.add(Base64.getDecoder().decode(line));
    }
    return out;
  }

  /** {@return every recorded payload, capture after capture} */
  public static List<byte[]> allPayloads() {
    List<byte[]> out = new ArrayList<>();
    CAPTURES.forEach(c -> out.addAll(payloads(c)));
    return out;
  }

  /**
   * {@return the non-empty lines of a test resource}
   *
   * @param resource its absolute path
   */
  public static List<String> lines(String resource) {
    try (InputStream in = WebcastGenerators.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("no test resource " + resource);
      }
      List<String> out = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank()) {
          out.add(line.strip());
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * {@return gift events a {@code WebcastGiftMessage} can carry: decimal int64 ids (not 0), a create
   *     time from 2000 to 2100 (what GiftEvent accepts), int32 counts and prices, any group id GiftEvent accepts (never negative), names of every script or none}
   */
  public static Gen<GiftEvent> giftEvents() {
    return longs().all().map(WebcastGenerators::giftEvent);
  }

  /**
   * {@return a gift event built from a seed, as {@link #giftEvents()}}
   *
   * @param seed the seed
   */
  public static GiftEvent giftEvent(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    GiftEvent.Builder b = GiftEvent.builder().messageId(nonZero(r)).senderId(Long.toString(id(r)))
        .hostId(Long.toString(id(r))).giftId(r.nextBoolean() ? 5_655 + r.nextInt(5) : nonZero(r))
        .timestamp(Instant.ofEpochMilli(r.nextInt(8) == 0
            ? GiftEvent.EARLIEST.toEpochMilli() + r.nextLong(GiftEvent.LATEST.toEpochMilli() - GiftEvent.EARLIEST.toEpochMilli())
            : 1_696_000_000_000L + r.nextLong(100_000_000_000L)))
        .coinsPerGift(r.nextInt(4) == 0 ? r.nextLong(Integer.MAX_VALUE + 1L) : r.nextInt(4) == 0 ? 0 : 1 + r.nextInt(30_000))
        .repeatable(r.nextInt(4) > 0)
        .repeatCount(r.nextInt(8) == 0 ? 1 + r.nextInt(Integer.MAX_VALUE) : 1 + r.nextInt(100))
        .repeatEnd(r.nextInt(3) == 0)
        .groupId(r.nextInt(4) == 0 ? 0 : r.nextInt(8) == 0 ? r.nextLong() & Long.MAX_VALUE : 1_696_000_000_000L + r.nextInt(1 << 30));
    if (r.nextInt(4) > 0) {
      b.senderName(name(r));
    }
    if (r.nextInt(4) > 0) {
      b.giftName(name(r));
    }
    return b.build();
  }

  private static long nonZero(SplittableRandom r) {
    long v = r.nextLong();
    return v == 0 ? 1 : v;
  }

  /** Mostly TikTok-like positive ids, sometimes any int64 but 0. */
  private static long id(SplittableRandom r) {
    return r.nextInt(8) == 0 ? nonZero(r) : 1 + r.nextLong(1L << 60);
  }

  private static String name(SplittableRandom r) {
    if (r.nextBoolean()) {
      return NAMES.get(r.nextInt(NAMES.size()));
    }
    StringBuilder s = new StringBuilder();
    int n = 1 + r.nextInt(20);
    for (int i = 0; i < n; i++) {
      int cp = r.nextInt(3) == 0 ? r.nextInt(0x10FFFF + 1) : 0x20 + r.nextInt(0x5F);
      s.appendCodePoint(cp >= 0xD800 && cp <= 0xDFFF ? 'x' : cp);
    }
    return s.toString();
  }

  /**
   * Writes a gift event as a {@code WebcastGiftMessage} payload in one of its many equivalent layouts,
   * chosen by the seed: fields in any order; the gift id in field 2, in {@code gift.id} or both;
   * the recipient in {@code toUser} or {@code userGiftReciever}; the name as nickname or display id;
   * the sender's submessage sometimes split in two; zeros sometimes explicit; a repeat count of 1
   * sometimes absent; scalars sometimes written twice with the last one right; and, if asked, unknown
   * fields of every wire type at every level.
   *
   * @param e the event (ids decimal, as {@link #giftEvents()} makes them)
   * @param seed the layout
   * @param unknowns whether to add unknown fields
   * @return the payload
   */
  public static byte[] encode(GiftEvent e, long seed, boolean unknowns) {
    SplittableRandom r = new SplittableRandom(seed);
    ProtoWriter common = ProtoWriter.message().varint(2, e.messageId()).varint(4, e.timestamp().toEpochMilli());
    if (r.nextBoolean()) {
      common.varint(3, r.nextLong()); // roomId: in the schema, not read by the decoder
    }
    List<ProtoWriter> users = new ArrayList<>();
    ProtoWriter user = ProtoWriter.message().varint(1, Long.parseLong(e.senderId()));
    users.add(user);
    if (r.nextInt(4) == 0) {
      user = ProtoWriter.message(); // the sender split in two occurrences that merge
      users.add(user);
    }
    Optional<String> name = e.senderName();
    switch (r.nextInt(4)) {
      case 0 -> name.ifPresent(n -> users.get(users.size() - 1).string(3, n));
      case 1 -> name.ifPresent(n -> users.get(users.size() - 1).string(38, n));
      case 2 -> {
        if (name.isPresent()) {
          user.string(3, name.get()).string(38, "shadow-" + r.nextInt(100)); // the nickname wins
        } else {
          user.string(3, "").string(38, "");
        }
      }
      default -> {
        user.string(3, ""); // an empty nickname gives way to the display id
        name.ifPresent(n -> users.get(0).string(38, n));
      }
    }
    ProtoWriter gift = ProtoWriter.message();
    ProtoWriter top = ProtoWriter.message();
    switch (r.nextInt(4)) {
      case 0 -> top.varint(2, e.giftId());
      case 1 -> gift.varint(5, e.giftId());
      case 2 -> {
        top.varint(2, e.giftId());
        gift.varint(5, e.giftId());
      }
      default -> {
        top.varint(2, e.giftId()); // field 2 wins over gift.id
        gift.varint(5, e.giftId() + 1 == 0 ? 2 : e.giftId() + 1);
      }
    }
    if (e.repeatable()) {
      gift.varint(11, GiftEvent.REPEATABLE_GIFT_TYPE);
    } else {
      int[] others = {0, 2, 4, -1, Integer.MAX_VALUE, Integer.MIN_VALUE};
      int type = others[r.nextInt(others.length)];
      if (type != 0 || r.nextBoolean()) {
        gift.varint(11, type);
      }
    }
    if (r.nextBoolean()) {
      gift.varint(10, e.repeatable() ? 1 : 0); // gift.combo: not read
    }
    if (e.coinsPerGift() != 0 || r.nextBoolean()) {
      gift.varint(12, e.coinsPerGift());
    }
    e.giftName().ifPresentOrElse(n -> gift.string(16, n), () -> {
      if (r.nextBoolean()) {
        gift.string(16, "");
      }
    });
    ProtoWriter toUser = ProtoWriter.message();
    ProtoWriter recipient = ProtoWriter.message();
    long host = Long.parseLong(e.hostId());
    switch (r.nextInt(3)) {
      case 0 -> toUser.varint(1, host);
      case 1 -> recipient.varint(1, host);
      default -> {
        toUser.varint(1, host); // toUser wins over userGiftReciever
        recipient.varint(1, host + 1 == 0 ? 2 : host + 1);
      }
    }
    if (e.repeatCount() != 1 || r.nextBoolean()) {
      top.varint(5, e.repeatCount()); // a count of 1 may be absent
    }
    if (e.repeatEnd()) {
      top.varint(9, r.nextBoolean() ? 1 : r.nextInt(Integer.MAX_VALUE) + 1);
    } else if (r.nextBoolean()) {
      top.varint(9, 0);
    }
    if (e.groupId() != 0 || r.nextBoolean()) {
      top.varint(11, e.groupId());
    }
    if (unknowns) {
      addUnknowns(r, common, COMMON);
      users.forEach(u -> addUnknowns(r, u, USER));
      addUnknowns(r, gift, GIFT);
      addUnknowns(r, toUser, TO_USER);
      addUnknowns(r, recipient, RECIPIENT);
    }
    for (ProtoWriter m : List.of(common, gift, toUser, recipient)) {
      shuffle(r, m);
    }
    users.forEach(u -> shuffle(r, u));
    top.message(1, common);
    users.forEach(u -> top.message(7, u));
    top.message(15, gift);
    if (!toUser.fields().isEmpty() || r.nextBoolean()) {
      top.message(8, toUser);
    }
    if (!recipient.fields().isEmpty() || r.nextBoolean()) {
      top.message(23, recipient);
    }
    if (unknowns) {
      addUnknowns(r, top, TOP);
    }
    // The sender's occurrences may swap: their fields differ, so the merge is the same.
    shuffle(r, top);
    if (r.nextInt(3) == 0) {
      decoy(r, top, 5, r.nextInt(Integer.MAX_VALUE));
    }
    if (r.nextInt(3) == 0) {
      decoy(r, top, 11, r.nextLong());
    }
    return top.toByteArray();
  }

  /** Writes a scalar field once more, with another value, somewhere before its last occurrence. */
  private static void decoy(SplittableRandom r, ProtoWriter m, int field, long value) {
    List<byte[]> fields = m.fields();
    int last = -1;
    for (int i = 0; i < fields.size(); i++) {
      if (ProtoWriter.fieldNumber(fields.get(i)) == field) {
        last = i;
      }
    }
    if (last < 0) {
      return;
    }
    byte[] wrong = ProtoWriter.message().varint(field, value).fields().get(0);
    fields.add(r.nextInt(last + 1), wrong);
  }

  private static void shuffle(SplittableRandom r, ProtoWriter m) {
    Collections.shuffle(m.fields(), new Random(r.nextLong()));
  }

  /**
   * Adds up to six unknown fields of random wire types and numbers at random places.
   *
   * @param r the randomness
   * @param m the message
   * @param known the field numbers the decoder reads in it, which are avoided
   */
  static void addUnknowns(SplittableRandom r, ProtoWriter m, Set<Integer> known) {
    int n = r.nextInt(7);
    for (int i = 0; i < n; i++) {
      int field;
      do {
        field = r.nextInt(3) == 0 ? 1 + r.nextInt((1 << 29) - 1) : 1 + r.nextInt(60);
      } while (known.contains(field));
      m.insertUnknown(r, field);
    }
  }

  /**
   * Inserts unknown fields of every wire type into a real payload: at its top level and inside each of
   * the submessages the decoder reads.
   *
   * @param payload a well-formed {@code WebcastGiftMessage}
   * @param seed where and what
   * @return the payload with the unknown fields
   */
  public static byte[] withUnknownFields(byte[] payload, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    ProtoWriter top = ProtoWriter.parse(payload);
    List<byte[]> fields = top.fields();
    for (int i = 0; i < fields.size(); i++) {
      int number = ProtoWriter.fieldNumber(fields.get(i));
      Set<Integer> known = switch (number) {
        case 1 -> COMMON;
        case 7 -> USER;
        case 8 -> TO_USER;
        case 15 -> GIFT;
        case 23 -> RECIPIENT;
        default -> null;
      };
      if (known != null && r.nextBoolean()) {
        ProtoWriter sub = ProtoWriter.parse(ProtoWriter.lengthDelimitedValue(fields.get(i)));
        addUnknowns(r, sub, known);
        fields.set(i, ProtoWriter.message().message(number, sub).fields().get(0));
      }
    }
    addUnknowns(r, top, TOP);
    return top.toByteArray();
  }

  /**
   * {@return a real payload with its top-level fields in another order}
   *
   * @param payload a well-formed message
   * @param seed the order
   */
  public static byte[] reordered(byte[] payload, long seed) {
    ProtoWriter top = ProtoWriter.parse(payload);
    Collections.shuffle(top.fields(), new Random(seed));
    return top.toByteArray();
  }

  /**
   * {@return hostile bytes: random arrays of every length up to 300 (often starting like a gift message),
   *     and real payloads cut, flipped, patched with random bytes or extended with garbage}
   */
  public static Gen<byte[]> hostileBytes() {
    List<byte[]> real = allPayloads();
    Gen<byte[]> random = longs().all().zip(integers().between(0, 300), (seed, n) -> {
      SplittableRandom r = new SplittableRandom(seed);
      byte[] b = new byte[n];
      for (int i = 0; i < n; i++) {
        b[i] = (byte) r.nextInt(256);
      }
      if (n > 0 && r.nextBoolean()) {
        b[0] = (byte) (r.nextBoolean() ? 0x0A : 0x08); // field 1, length-delimited or varint
      }
      return b;
    });
    Gen<byte[]> mutated = longs().all().map(seed -> {
      SplittableRandom r = new SplittableRandom(seed);
      byte[] p = real.get(r.nextInt(real.size())).clone();
      switch (r.nextInt(4)) {
        case 0 -> {
          return java.util.Arrays.copyOf(p, r.nextInt(p.length));
        }
        case 1 -> {
          for (int k = 1 + r.nextInt(4); k > 0; k--) {
            p[r.nextInt(p.length)] ^= (byte) (1 << r.nextInt(8));
          }
          return p;
        }
        case 2 -> {
          int at = r.nextInt(p.length);
          for (int k = 0; k < 1 + r.nextInt(12) && at + k < p.length; k++) {
            p[at + k] = (byte) r.nextInt(256);
          }
          return p;
        }
        default -> {
          byte[] longer = java.util.Arrays.copyOf(p, p.length + 1 + r.nextInt(20));
          for (int i = p.length; i < longer.length; i++) {
            longer[i] = (byte) r.nextInt(256);
          }
          return longer;
        }
      }
    });
    return Generate.frequency(Pair.of(1, random), Pair.of(2, mutated));
  }
}
