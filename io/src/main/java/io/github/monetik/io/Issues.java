package io.github.monetik.io;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The issues of one input, shared by the chunks of a parallel read (thread-safe). In strict mode an
 * error is thrown at once; notes about the same subject (a gift id filled from the catalog) are kept
 * once, with the first line and how many records they concern.
 */
final class Issues {
  private static final Comparator<InputIssue> ORDER = Comparator.comparingLong(InputIssue::line)
      .thenComparingInt(InputIssue::column).thenComparing(InputIssue::field).thenComparing(InputIssue::message);

  final ReadMode mode;
  final String source;
  private final List<InputIssue> errors = new ArrayList<>();
  private final Map<String, long[]> notes = new ConcurrentHashMap<>(); // key -> {first line, count}
  private final Map<String, String[]> noteText = new ConcurrentHashMap<>(); // key -> {field, message}
  /** Hears each error as it is recorded and each note the first time (a sequential read's caller). */
  private volatile @Nullable Consumer<? super InputIssue> listener;

  Issues(ReadMode mode, String source) {
    this.mode = mode;
    this.source = source;
  }

  /** Records an error (strict: throws it). */
  void error(long line, int column, String field, @Nullable String value, String message) {
    add(InputIssue.error(source, line, column, field, value, message));
  }

  /**
   * Records that core refused a message made of fields the reader had checked one by one (strict:
   * throws it): a rule the reader does not check yet becomes the record's error, never an exception
   * of another type and never a record dropped without a word.
   */
  void refused(long line, IllegalArgumentException e) {
    error(line, 0, "", null, "must be a gift message Monetik accepts (" + e.getMessage() + ")");
  }

  /** Records a ready-made error (strict: throws it). */
  void add(InputIssue issue) {
    if (mode == ReadMode.STRICT && issue.isError()) {
      throw new InputException(issue);
    }
    synchronized (errors) {
      errors.add(issue);
    }
    Consumer<? super InputIssue> l = listener;
    if (l != null) {
      l.accept(issue);
    }
  }

  /** Hands every later error, and every later note's first record, to this listener as it is found. */
  void listen(Consumer<? super InputIssue> l) {
    listener = l;
  }

  /** An error about the whole input that ends reading in any mode (an empty file, a wrong header). */
  InputException fatal(long line, int column, String field, @Nullable String value, String message) {
    return new InputException(InputIssue.error(source, line, column, field, value, message));
  }

  /**
   * Records a note once per key; later records with the same key only raise its count.
   *
   * @param key what the note is about (a gift id)
   * @param line the record's line
   * @param field the field concerned
   * @param message the remark; " (n records, first on line l)" is appended
   */
  void note(String key, long line, String field, String message) {
    boolean first = noteText.putIfAbsent(key, new String[] {field, message}) == null;
    notes.compute(key, (k, v) -> {
      if (v == null) {
        return new long[] {line, 1};
      }
      v[0] = Math.min(v[0], line);
      v[1]++;
      return v;
    });
    Consumer<? super InputIssue> l = listener;
    if (first && l != null) {
      l.accept(InputIssue.note(source, line, field, message + " (first record; issues() counts them all)"));
    }
  }

  /** {@return every issue so far, in line order} */
  List<InputIssue> all() {
    List<InputIssue> out;
    synchronized (errors) {
      out = new ArrayList<>(errors);
    }
    notes.forEach((key, v) -> {
      String[] t = noteText.get(key);
      if (t != null) {
        out.add(InputIssue.note(source, v[0], t[0], t[1] + " (" + v[1] + (v[1] == 1 ? " record)" : " records)")));
      }
    });
    out.sort(ORDER);
    return out;
  }
}
