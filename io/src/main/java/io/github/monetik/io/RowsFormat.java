package io.github.monetik.io;

/** The file formats {@link RowsFiles} writes and reads report rows in. */
public enum RowsFormat {
  /** A header line of column names, then one line per row (RFC 4180 quoting, {@code \n} line ends). */
  CSV,
  /** A JSON array of objects, one per row, keys in column order. */
  JSON,
  /** One JSON object per line, keys in column order. */
  NDJSON
}
