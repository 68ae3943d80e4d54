package io.github.monetik.report;

import io.github.monetik.internal.Checks;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.Collections;
import org.jspecify.annotations.Nullable;

/**
 * Where a result's rules came from: which book ({@code latest}, {@code asOf}), the day its rules
 * are in force, the creator's country when the book was made for one, which parts the caller
 * replaced, and notes a reader should see (a day past what the sources cover, a country the sources
 * don't cover). Every door carries one and every result it computes carries it on, so a number can
 * always be explained. Immutable and safe to share between threads.
 *
 * <pre>{@code
 * Provenance p = Monetik.asOf(LocalDate.of(2025, 3, 1)).forCountry("US").gifts().provenance();
 * p.id();          // asOf:2025-03-01 US
 * p.overrides();   // []  (no part replaced)
 * p.notes();       // []
 * }</pre>
 */
public final class Provenance {
  private final String book;
  private final LocalDate date;
  private final @Nullable String country;
  private final SortedSet<String> overrides;
  private final List<String> notes;

  private Provenance(String book, LocalDate date, @Nullable String country, SortedSet<String> overrides,
      List<String> notes) {
    this.book = book;
    this.date = date;
    this.country = country;
    this.overrides = overrides;
    this.notes = notes;
  }

  /**
   * {@return the provenance of a book of rules, with no country, override or note yet}
   *
   * @param book the book's name: {@code latest}, {@code asOf}, or a name of your own, not blank
   * @param date the day its rules are in force
   */
  public static Provenance of(String book, LocalDate date) {
    return new Provenance(Checks.notBlank(book, "book"), Checks.notNull(date, "date"), null,
        Collections.emptySortedSet(), List.of());
  }

  /** {@return the book's name: {@code latest}, {@code asOf}, or the caller's own} */
  public String book() {
    return book;
  }

  /** {@return the day the rules are in force} */
  public LocalDate date() {
    return date;
  }

  /** {@return the creator's country (ISO 3166-1 alpha-2) the book was made for, if any} */
  public Optional<String> country() {
    return Optional.ofNullable(country);
  }

  /** {@return the parts of the book the caller replaced ({@code diamondPolicy}, ...), sorted} */
  public SortedSet<String> overrides() {
    return overrides;
  }

  /** {@return what a reader of a result should know about its rules, in the order noted} */
  public List<String> notes() {
    return notes;
  }

  /**
   * {@return this provenance for a creator in {@code country}}
   *
   * @param country an ISO 3166-1 alpha-2 code, upper case ({@code US})
   * @throws IllegalArgumentException if it is not two letters A to Z
   */
  public Provenance withCountry(String country) {
    Checks.notNull(country, "country");
    if (!country.matches("[A-Z]{2}")) {
      throw Checks.invalid("country", "an ISO 3166-1 alpha-2 code such as US", country);
    }
    return new Provenance(book, date, country, overrides, notes);
  }

  /**
   * {@return this provenance with {@code part} among the parts the caller replaced}
   *
   * @param part the part's name ({@code diamondPolicy})
   */
  public Provenance withOverride(String part) {
    Checks.notBlank(part, "part");
    if (overrides.contains(part)) {
      return this;
    }
    SortedSet<String> more = new TreeSet<>(overrides);
    more.add(part);
    return new Provenance(book, date, country, Collections.unmodifiableSortedSet(more), notes);
  }

  /**
   * {@return this provenance with one more note (a note already there is not repeated)}
   *
   * @param note a sentence a reader of the result should see
   */
  public Provenance withNote(String note) {
    Checks.notBlank(note, "note");
    if (notes.contains(note)) {
      return this;
    }
    List<String> more = new ArrayList<>(notes);
    more.add(note);
    return new Provenance(book, date, country, overrides, List.copyOf(more));
  }

  /**
   * {@return a short id: the book and its day, the country, the replaced parts, for example
   *     {@code latest}, {@code asOf:2021-01-01}, {@code asOf:2025-03-01 US +diamondPolicy}}
   */
  public String id() {
    StringBuilder b = new StringBuilder(book);
    if (!book.equals("latest")) {
      b.append(':').append(date);
    }
    if (country != null) {
      b.append(' ').append(country);
    }
    for (String o : overrides) {
      b.append(" +").append(o);
    }
    return b.toString();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Provenance p && p.book.equals(book) && p.date.equals(date) && Objects.equals(p.country, country)
        && p.overrides.equals(overrides) && p.notes.equals(notes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(book, date, country, overrides, notes);
  }

  /** {@return the {@link #id()}, then each note on a line of its own} */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("rules ").append(id());
    for (String n : notes) {
      b.append("\nnote: ").append(n);
    }
    return b.toString();
  }
}
