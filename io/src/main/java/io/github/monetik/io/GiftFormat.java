package io.github.monetik.io;

/**
 * The file formats of gift messages that {@link GiftReader} reads, detected from the content. The
 * record shapes inside the JSON formats (TikTok-Live-Connector 2.x, legacy and 1.x, TikTokLive) are
 * told apart record by record.
 */
public enum GiftFormat {
  /** The recorded gift CSV, with a header line; splittable at line feeds. */
  CSV(true),
  /** One JSON gift event per line; splittable at line feeds. */
  NDJSON(true),
  /** A JSON array of gift events; read in one pass. */
  JSON_ARRAY(false),
  /** One standard-base64 {@code WebcastGiftMessage} payload per line; splittable at line feeds. */
  BASE64_PAYLOADS(true),
  /** {@code WebcastGiftMessage} payloads, each after its length as a protobuf varint; read in one pass. */
  DELIMITED_PAYLOADS(false);

  private final boolean splittable;

  GiftFormat(boolean splittable) {
    this.splittable = splittable;
  }

  /** {@return true if a file in this format is read in parallel chunks by a parallel stream} */
  public boolean isSplittable() {
    return splittable;
  }
}
