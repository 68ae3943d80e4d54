/**
 * Readers and writers for Monetik's inputs and reports.
 *
 * <p>Every reader works in one of two {@link io.github.monetik.io.ReadMode modes}: {@code STRICT}
 * throws an {@link io.github.monetik.io.InputException} on the first bad record, {@code LENIENT}
 * keeps the good records and lists every bad one as an {@link io.github.monetik.io.InputIssue}.
 * Nothing is skipped or misread silently: a record is either read exactly or named with its file,
 * line, column, field and value. A byte-order mark and CRLF line ends are accepted everywhere.
 *
 * <pre>{@code
 * Gifts gifts = Monetik.defaults().gifts();
 * try (GiftFile log = GiftReader.lenient().open(Path.of("connector.ndjson"))) {
 *   LiveSnapshot totals = log.snapshot(gifts);   // or settle(gifts), or stream()
 *   log.issues().forEach(System.out::println);
 * }
 * }</pre>
 */
@NullMarked
package io.github.monetik.io;

import org.jspecify.annotations.NullMarked;
