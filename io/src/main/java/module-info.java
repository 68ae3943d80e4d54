/**
 * Monetik io: the files Monetik users hold, in and out. Gift messages as the LIVE clients log them
 * ({@link io.github.monetik.io.GiftReader}: recorded CSV, TikTok-Live-Connector and TikTokLive JSON
 * and NDJSON, raw {@code WebcastGiftMessage} payloads), TikTok's gift lists, interactions, affiliate
 * orders and creator profiles; report rows to CSV, JSON and NDJSON ({@link io.github.monetik.io.RowsFiles}).
 * Every bad record is named by file, line, column, field and value.
 *
 * <p>Needs Monetik core and Jackson's streaming parser ({@code tools.jackson.core}) only.
 */
module io.github.monetik.io {
  requires transitive io.github.monetik;
  requires tools.jackson.core;
  requires static org.jspecify;

  exports io.github.monetik.io;
}
