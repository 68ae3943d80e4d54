package io.github.monetik.io;

import io.github.monetik.gifts.GiftCatalog;
import io.github.monetik.gifts.GiftEvent;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Reads gift messages from the files LIVE clients and their users write, into
 * {@link GiftEvent}s: the format is detected from the content ({@link GiftFormat}), the JSON record
 * shape record by record; raw payloads are decoded by core's {@code WebcastGiftDecoder}. Immutable
 * and thread-safe; {@link #open(Path)} gives a {@link GiftFile} to stream (in parallel where the
 * format allows) or settle.
 *
 * <pre>{@code
 * Gifts gifts = Monetik.defaults().gifts();
 * try (GiftFile log = GiftReader.lenient().withCatalog(gifts.giftCatalog()).open(Path.of("gifts.ndjson"))) {
 *   ComboSettlement s = log.settle(gifts);   // or log.stream().parallel().collect(gifts.toSettlement())
 *   log.issues();   // every record not read, and what was filled from the catalog
 * }
 * }</pre>
 *
 * <h2>What is read</h2>
 * <table class="striped">
 * <caption>GiftEvent fields in each shape</caption>
 * <thead><tr><th scope="col">GiftEvent</th><th scope="col">CSV column</th>
 *   <th scope="col">Connector 2.x (nested)</th><th scope="col">Connector legacy and 1.x (flat)</th>
 *   <th scope="col">TikTokLive (snake_case)</th></tr></thead>
 * <tbody>
 * <tr><th scope="row">messageId</th><td>message_id</td><td>common.msgId</td><td>msgId</td><td>common.msg_id</td></tr>
 * <tr><th scope="row">timestamp</th><td>timestamp</td><td>common.createTime</td><td>createTime (1.x also
 *   timestamp)</td><td>common.create_time</td></tr>
 * <tr><th scope="row">senderId</th><td>sender_id</td><td>user.id</td><td>userId</td><td>user.id</td></tr>
 * <tr><th scope="row">senderName</th><td>sender_name</td><td>user.nickname, else user.displayId, else
 *   user.uniqueId</td><td>nickname, else uniqueId</td><td>user.nick_name, else user.display_id, else
 *   user.unique_id</td></tr>
 * <tr><th scope="row">hostId</th><td>host</td><td>toUser.id, else monitorInfo.anchorId, else
 *   userGiftReciever.userId</td><td>monitorInfo.anchorId (legacy), receiverUserId (1.x)</td><td>to_user.id</td></tr>
 * <tr><th scope="row">giftId</th><td>gift_id</td><td>giftId (and gift.id, which must agree)</td><td>giftId</td>
 *   <td>gift_id</td></tr>
 * <tr><th scope="row">giftName</th><td>gift_name</td><td>gift.name</td><td>giftName (1.x)</td><td>gift.name</td></tr>
 * <tr><th scope="row">coinsPerGift</th><td>coins_per_gift</td><td>gift.diamondCount (coins, despite the
 *   name)</td><td>diamondCount (1.x); legacy 2.5: none</td><td>gift.diamond_count</td></tr>
 * <tr><th scope="row">repeatable</th><td>gift_type == 1</td><td>gift.type == 1</td><td>giftType == 1 (1.x);
 *   legacy 2.5: none</td><td>gift.type == 1</td></tr>
 * <tr><th scope="row">repeatCount</th><td>repeat_count</td><td>repeatCount</td><td>repeatCount</td>
 *   <td>repeat_count</td></tr>
 * <tr><th scope="row">repeatEnd</th><td>repeat_end (0 or 1)</td><td>repeatEnd (0 or 1)</td><td>repeatEnd
 *   (boolean)</td><td>repeat_end</td></tr>
 * <tr><th scope="row">groupId</th><td>group_id</td><td>groupId</td><td>groupId</td><td>group_id</td></tr>
 * </tbody>
 * </table>
 *
 * <p>Rules, the same in every shape:
 * <ul>
 *   <li>64-bit ids are exact whether written as decimal strings or as numbers; a number in exponent or
 *       decimal form is refused (its digits may be lost).</li>
 *   <li>Times are ISO-8601 instants or epoch numbers, whose unit is told by size: below 10^11 seconds,
 *       below 10^14 milliseconds, then microseconds and nanoseconds; a time below one millisecond's
 *       precision is refused, never rounded; a gift message's time lies in [2000-01-01, 2100-01-01), as
 *       {@link GiftEvent} requires.</li>
 *   <li>A missing price or gift type (the Connector's legacy events carry neither) is taken from the
 *       reader's {@link #withCatalog(GiftCatalog) catalog} and reported as a
 *       {@link InputIssue.Severity#NOTE note} per gift id; a gift the catalog does not know is an error,
 *       never guessed.</li>
 *   <li>Absent counts and flags are proto3's zero: no {@code repeatEnd} is false, no {@code groupId} is 0,
 *       and a repeat count of 0 (or none) counts as 1, as core's payload decoder does.</li>
 *   <li>A record (or raw payload) naming no recipient is an error, unless the reader has a
 *       {@link #withDefaultHost(String) default host} (then reported as a note).</li>
 *   <li>Ids and names are interned per chunk: a sender's id is one shared {@code String} on every
 *       record of theirs.</li>
 *   <li>CSV: a record is one line (a quoted field must not span lines), so that files split at line
 *       feeds; its fields are checked exactly ({@code repeat_end} is {@code 0} or {@code 1}, not
 *       {@code " 1"} or {@code 2}); a short or long row, a duplicated or missing header column, an empty
 *       file are errors. A byte-order mark and CRLF line ends are accepted in every format.</li>
 * </ul>
 */
public final class GiftReader {
  private final ReadMode mode;
  private final GiftCatalog catalog;
  private final @Nullable String defaultHost;
  private final @Nullable GiftFormat format;
  final int chunkBytes;

  private GiftReader(ReadMode mode, GiftCatalog catalog, @Nullable String defaultHost, @Nullable GiftFormat format,
      int chunkBytes) {
    this.mode = mode;
    this.catalog = catalog;
    this.defaultHost = defaultHost;
    this.format = format;
    this.chunkBytes = chunkBytes;
  }

  /** {@return a reader that throws an {@link InputException} on the first bad record} */
  public static GiftReader strict() {
    return new GiftReader(ReadMode.STRICT, GiftCatalog.empty(), null, null, 1 << 20);
  }

  /** {@return a reader that keeps the good records and lists every bad one in the file's issues} */
  public static GiftReader lenient() {
    return new GiftReader(ReadMode.LENIENT, GiftCatalog.empty(), null, null, 1 << 20);
  }

  /** {@return how this reader meets a bad record} */
  public ReadMode mode() {
    return mode;
  }

  /**
   * {@return a copy that takes a missing price or gift type from this catalog (reported as a note)}
   *
   * @param catalog the gifts, for example {@code GiftListReader.strict().read(file).catalog()}
   */
  public GiftReader withCatalog(GiftCatalog catalog) {
    return new GiftReader(mode, Objects.requireNonNull(catalog, "catalog must not be null"), defaultHost, format,
        chunkBytes);
  }

  /**
   * {@return a copy that addresses records naming no recipient to this host (reported as a note)}
   *
   * @param hostId the host's id, not blank (for Connector logs and raw payloads the host's decimal user id)
   * @throws IllegalArgumentException if it is blank
   */
  public GiftReader withDefaultHost(String hostId) {
    Objects.requireNonNull(hostId, "hostId must not be null");
    if (hostId.isBlank()) {
      throw new IllegalArgumentException("hostId must not be blank, was '" + hostId + "'");
    }
    return new GiftReader(mode, catalog, hostId, format, chunkBytes);
  }

  /**
   * {@return a copy that reads this format instead of detecting it}
   *
   * @param format the format
   */
  public GiftReader withFormat(GiftFormat format) {
    return new GiftReader(mode, catalog, defaultHost, Objects.requireNonNull(format, "format must not be null"),
        chunkBytes);
  }

  /** A copy that splits files into chunks of about this many bytes (tests: force splits in small files). */
  GiftReader withChunkBytes(int bytes) {
    return new GiftReader(mode, catalog, defaultHost, format, Math.max(1, bytes));
  }

  /**
   * Opens a file; its format is detected now, its records are read when streamed or settled.
   *
   * @param file the file
   * @return the open file; close it (try-with-resources)
   * @throws IOException naming the file if it is missing, a directory or unreadable
   * @throws InputException if the file is empty or has a wrong CSV header (in either mode: there is no
   *     record to keep)
   */
  public GiftFile open(Path file) throws IOException {
    Objects.requireNonNull(file, "file must not be null");
    return GiftFile.open(Source.open(file), this);
  }

  /**
   * Opens a stream (read once, in order: never split).
   *
   * @param name the name issues give the input
   * @param in the bytes; closed with the returned file
   * @return the open input
   * @throws IOException if the stream cannot be read
   * @throws InputException as for {@link #open(Path)}
   */
  public GiftFile open(String name, InputStream in) throws IOException {
    Objects.requireNonNull(name, "name must not be null");
    Objects.requireNonNull(in, "in must not be null");
    return GiftFile.open(Source.of(name, in), this);
  }

  /**
   * Reads a whole file into memory: for small files; large ones are better streamed with {@link #open(Path)}.
   *
   * @param file the file
   * @return its events in file order and its issues
   * @throws IOException naming the file if it cannot be read
   * @throws InputException on a bad record in strict mode; on an empty file or a wrong header in any mode
   */
  public ReadResult<GiftEvent> read(Path file) throws IOException {
    try (GiftFile f = open(file); Stream<GiftEvent> s = f.stream()) {
      List<GiftEvent> events = new ArrayList<>();
      s.forEachOrdered(events::add);
      return new ReadResult<>(events, f.issues());
    }
  }

  GiftCatalog catalog() {
    return catalog;
  }

  @Nullable String defaultHost() {
    return defaultHost;
  }

  @Nullable GiftFormat format() {
    return format;
  }

  /** {@return the format of content starting with these bytes, or null if there is no content} */
  static @Nullable GiftFormat detect(byte[] head) {
    int i = 0;
    while (i < head.length && (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' || head[i] == '\n')) {
      i++;
    }
    if (i == head.length) {
      return null;
    }
    if (head[i] == '[') {
      return GiftFormat.JSON_ARRAY;
    }
    if (head[i] == '{') {
      return GiftFormat.NDJSON;
    }
    int end = i;
    boolean base64 = true;
    boolean text = true;
    boolean comma = false;
    while (end < head.length && head[end] != '\n') {
      int c = head[end] & 0xff;
      boolean b64 = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/'
          || c == '=' || c == '\r';
      base64 &= b64;
      text &= c >= 0x20 || c == '\t' || c == '\r';
      comma |= c == ',';
      end++;
    }
    if (base64) {
      return GiftFormat.BASE64_PAYLOADS;
    }
    if (text && comma) {
      return GiftFormat.CSV;
    }
    return GiftFormat.DELIMITED_PAYLOADS;
  }

  /** {@return a one-line description} */
  @Override
  public String toString() {
    return "GiftReader[" + mode + ", catalog of " + catalog.size() + " gifts"
        + (defaultHost == null ? "" : ", default host " + defaultHost)
        + (format == null ? ", format detected" : ", " + format) + "]";
  }
}
