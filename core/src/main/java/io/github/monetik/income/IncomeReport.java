package io.github.monetik.income;

import io.github.monetik.internal.Apportion;
import io.github.monetik.internal.Bounds;
import io.github.monetik.internal.Checks;
import io.github.monetik.internal.Fold;
import io.github.monetik.internal.Form;
import io.github.monetik.internal.TextTable;
import io.github.monetik.money.CurrencyMismatchException;
import io.github.monetik.money.Money;
import io.github.monetik.report.Provenance;
import io.github.monetik.report.Rows;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Currency;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.StringJoiner;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * A creator's income over a period: amount per stream and per month, each stream's share, direct
 * versus indirect streams, and how diversified the income is. Made by the {@link Income} door
 * ({@link Income#report}, {@link Income#emptyReport}, the collector {@link Income#toReport}); carries
 * the door's {@link #provenance()}. Immutable and safe to share between threads.
 *
 * <p>A monoid: {@link Income#emptyReport(Currency)} is the identity, {@link #plus(IncomeEntry)}
 * adds one entry and {@link #combine(IncomeReport)} is associative and commutative (a report is a
 * sum per month and stream), so the report of any split of a period's entries, combined in any
 * grouping and order, equals the report of the whole. A fold of {@code plus} is linear: each
 * {@code plus} takes constant time, and the sums are built once, on the first read. Amounts are
 * exact; only shares and indices are rounded, as stated.
 *
 * <p>Every sum stays within Monetik's number bounds (see the {@code money} package): {@code plus}
 * and {@code combine} refuse an entry that would take the sum of the entries' absolute amounts out
 * of them, so every total a report gives can be computed and printed.
 */
public final class IncomeReport {
  /** Shares are rounded to this many decimals (0.01%). */
  public static final int SHARE_SCALE = 4;
  /** The Herfindahl–Hirschman index and the effective number of streams keep this many decimals. */
  public static final int INDEX_SCALE = 6;

  private final Currency currency;
  private final Provenance provenance;
  private final Fold<Tally> fold;
  /** How many entries went in, and the sum of their absolute amounts: known at once, for the checks of plus. */
  private final long entries;
  private final BigDecimal magnitude;

  private IncomeReport(Currency currency, Provenance provenance, Fold<Tally> fold, long entries, BigDecimal magnitude) {
    this.currency = currency;
    this.provenance = provenance;
    this.fold = fold;
    this.entries = entries;
    this.magnitude = magnitude;
  }

  static IncomeReport empty(Currency currency, Provenance provenance) {
    return of(currency, provenance, new Tally(currency));
  }

  static IncomeReport of(Currency currency, Provenance provenance, Tally tally) {
    return new IncomeReport(currency, provenance, Fold.of(tally), tally.entries, tally.magnitude);
  }

  /**
   * {@return a new report that includes it, in constant time}
   *
   * @param entry one more entry
   * @throws CurrencyMismatchException if the entry is in another currency
   * @throws ArithmeticException if the report's amounts would leave Monetik's bounds
   *     ({@code IncomeReport overflow in plus: ...})
   * @throws NullPointerException if {@code entry} is null
   */
  public IncomeReport plus(IncomeEntry entry) {
    Checks.notNull(entry, "entry");
    Tally.checkCurrency(currency, entry, "IncomeReport.plus");
    return new IncomeReport(currency, provenance, fold.plus(entry), Math.incrementExact(entries),
        Tally.grown(magnitude, entry.amount().amount().abs(), "plus"));
  }

  /**
   * {@return the report of both reports' entries}
   *
   * @param other a report in the same currency, on the same rules
   * @throws CurrencyMismatchException if the currencies differ
   * @throws IllegalArgumentException if the reports' provenances differ (they come from different
   *     doors: combine reports of one door)
   * @throws ArithmeticException if the combined amounts would leave Monetik's bounds
   * @throws NullPointerException if {@code other} is null
   */
  public IncomeReport combine(IncomeReport other) {
    Checks.notNull(other, "other");
    if (!other.currency.equals(currency)) {
      throw new CurrencyMismatchException("IncomeReport.combine", currency, other.currency);
    }
    if (!other.provenance.equals(provenance)) {
      throw Checks.invalid("other", "a report on the same rules, " + provenance.id(), other.provenance.id());
    }
    Tally both = tally().copy();
    both.merge(other.tally());
    return of(currency, provenance, both);
  }

  private Tally tally() {
    return fold.state(Tally::copy, (t, e) -> t.add((IncomeEntry) e));
  }

  /** {@return the report's currency} */
  public Currency currency() {
    return currency;
  }

  /** {@return where the rules of this report come from (the income door's provenance)} */
  public Provenance provenance() {
    return provenance;
  }

  /** {@return how many entries went in} */
  public long entries() {
    return entries;
  }

  /** {@return the net total of every stream and month} */
  public Money total() {
    BigDecimal sum = BigDecimal.ZERO;
    for (Map<IncomeStream, BigDecimal> m : tally().months.values()) {
      for (BigDecimal a : m.values()) {
        sum = sum.add(a);
      }
    }
    return Money.of(sum, currency);
  }

  /** {@return the part of {@link #total()} that comes from estimates rather than money received} */
  public Money estimated() {
    return Money.of(tally().estimated, currency);
  }

  /** {@return net total per stream, for every stream with at least one entry, in stream order} */
  public Map<IncomeStream, Money> byStream() {
    Tally t = tally();
    Map<IncomeStream, BigDecimal> sums = new EnumMap<>(IncomeStream.class);
    for (IncomeStream s : t.present) {
      sums.put(s, BigDecimal.ZERO);
    }
    for (Map<IncomeStream, BigDecimal> m : t.months.values()) {
      m.forEach((s, a) -> sums.merge(s, a, BigDecimal::add));
    }
    Map<IncomeStream, Money> out = new LinkedHashMap<>();
    sums.forEach((s, a) -> out.put(s, Money.of(a, currency)));
    return Collections.unmodifiableMap(out);
  }

  /** {@return net totals per month and stream, months in order} */
  public SortedMap<YearMonth, Map<IncomeStream, Money>> byMonth() {
    SortedMap<YearMonth, Map<IncomeStream, Money>> out = new TreeMap<>();
    tally().months.forEach((month, m) -> {
      Map<IncomeStream, Money> row = new LinkedHashMap<>();
      m.forEach((s, a) -> row.put(s, Money.of(a, currency)));
      out.put(month, Collections.unmodifiableMap(row));
    });
    return Collections.unmodifiableSortedMap(out);
  }

  /** {@return the total of the streams that pay money directly} */
  public Money direct() {
    return byStream().entrySet().stream().filter(e -> e.getKey().paysDirectly()).map(Map.Entry::getValue)
        .reduce(Money.zero(currency), Money::plus);
  }

  /** {@return the streams present that bring no money directly (their benefits are in {@link IncomeStream#indirectBenefits()})} */
  public Set<IncomeStream> indirectStreams() {
    Set<IncomeStream> out = EnumSet.noneOf(IncomeStream.class);
    tally().present.stream().filter(s -> !s.paysDirectly()).forEach(out::add);
    return Collections.unmodifiableSet(out);
  }

  /** {@return streams whose net total is negative (more taken back than earned); they have no share} */
  public Set<IncomeStream> negativeStreams() {
    Set<IncomeStream> out = EnumSet.noneOf(IncomeStream.class);
    byStream().forEach((s, m) -> {
      if (m.isNegative()) {
        out.add(s);
      }
    });
    return Collections.unmodifiableSet(out);
  }

  /**
   * {@return shares and concentration over the streams with a positive net total; empty when no stream has one (the total is zero or negative, so shares are undefined)}
   */
  public Optional<Diversification> diversification() {
    List<IncomeStream> streams = new ArrayList<>();
    List<BigDecimal> amounts = new ArrayList<>();
    byStream().forEach((s, m) -> {
      if (m.isPositive()) {
        streams.add(s);
        amounts.add(m.amount());
      }
    });
    if (streams.isEmpty()) {
      return Optional.empty();
    }
    BigDecimal total = amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal squares = amounts.stream().map(a -> a.multiply(a)).reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal totalSquared = total.multiply(total);
    BigDecimal hhi = squares.divide(totalSquared, INDEX_SCALE, RoundingMode.HALF_EVEN);
    BigDecimal effective = totalSquared.divide(squares, INDEX_SCALE, RoundingMode.HALF_EVEN);
    // Each share floored to SHARE_SCALE decimals, the missing units to the largest remainders (ties
    // to the first stream in stream order), so that the shares add up to exactly 1.
    long whole = BigDecimal.ONE.movePointRight(SHARE_SCALE).longValueExact();
    BigDecimal[] sizes = amounts.stream().map(a -> a.movePointRight(SHARE_SCALE)).toArray(BigDecimal[]::new);
    long[] units = Apportion.largestRemainder(sizes, total, whole, Comparator.naturalOrder());
    Map<IncomeStream, BigDecimal> shares = new EnumMap<>(IncomeStream.class);
    for (int i = 0; i < units.length; i++) {
      shares.put(streams.get(i), BigDecimal.valueOf(units[i], SHARE_SCALE));
    }
    return Optional.of(new Diversification(shares, hhi, effective, streams.size()));
  }

  /**
   * The report as export rows (CSV, JSON, a data frame): one row per month and stream, months in
   * order, streams in stream order. The columns, in this order: {@code month} (text, {@code 2025-03}),
   * {@code stream} (text, an {@link IncomeStream} name), {@code amount} (amount: the net total,
   * exact) and {@code currency} (text). The amounts add up to {@link #total()}.
   *
   * @return one row per month and stream with an entry
   */
  public Rows rows() {
    Rows.Builder b = Rows.builder().text("month").text("stream").amount("amount").text("currency");
    byMonth().forEach((month, m) -> m.forEach((s, a) -> b.row(month.toString(), s.name(), a.amount(),
        currency.getCurrencyCode())));
    return b.build();
  }

  /** Equal when currency, provenance, entries and every sum per month and stream are equal (amounts by value). */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof IncomeReport that && that.currency.equals(currency) && that.entries == entries
        && that.provenance.equals(provenance) && that.estimated().equals(estimated())
        && that.tally().present.equals(tally().present) && that.byMonth().equals(byMonth());
  }

  @Override
  public int hashCode() {
    return Objects.hash(currency, entries, provenance, tally().present, byMonth());
  }

  /**
   * {@return a table of streams by month with totals and shares, then the estimated part, the
   *     indirect streams, the diversification line and the provenance's notes}
   */
  @Override
  public String toString() {
    Tally t = tally();
    StringBuilder b = new StringBuilder();
    b.append("Income report ").append(currency.getCurrencyCode()).append(": ").append(TextTable.grouped(entries))
        .append(entries == 1 ? " entry" : " entries");
    if (!t.months.isEmpty()) {
      b.append(", ").append(t.months.firstKey()).append(" to ").append(t.months.lastKey());
    }
    Optional<Diversification> d = diversification();
    List<String> head = new ArrayList<>();
    head.add("stream");
    t.months.keySet().forEach(m -> head.add(m.toString()));
    head.add("total");
    head.add("share");
    TextTable table = TextTable.of(head.toArray(new String[0]));
    byStream().forEach((s, total) -> {
      List<Object> row = new ArrayList<>();
      row.add(s.name());
      t.months.values().forEach(m -> row.add(plain(m.getOrDefault(s, BigDecimal.ZERO))));
      row.add(total.amount().toPlainString());
      row.add(d.map(x -> x.shares().get(s)).map(x -> x.movePointRight(2).setScale(2, RoundingMode.UNNECESSARY) + "%")
          .orElse("-"));
      table.row(row.toArray());
    });
    List<Object> totals = new ArrayList<>();
    totals.add("TOTAL");
    t.months.values().forEach(m -> totals.add(plain(m.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add))));
    totals.add(total().amount().toPlainString());
    table.row(totals.toArray());
    b.append('\n').append(table.render(""));
    if (t.estimated.signum() != 0) {
      b.append("\nof which estimated: ").append(estimated());
    }
    if (!indirectStreams().isEmpty()) {
      StringJoiner indirect = new StringJoiner("; ", "\nindirect (no money): ", "");
      indirectStreams().forEach(s -> indirect.add(s + " " + s.indirectBenefits()));
      b.append(indirect);
    }
    b.append('\n').append(d.map(x -> "diversification: HHI " + x.herfindahl().toPlainString() + ", effective streams "
        + x.effectiveStreams().toPlainString() + " of " + x.streams())
        .orElse("diversification: undefined (no stream has a positive total)"));
    for (String n : provenance.notes()) {
      b.append("\nnote: ").append(n);
    }
    return b.toString();
  }

  /** An amount as the table shows it: at least the currency's decimals, in plain digits. */
  private String plain(BigDecimal amount) {
    return Money.of(amount, currency).amount().toPlainString();
  }

  /**
   * The sums behind a report, mutable while a report or a collector builds them, never changed
   * once a report holds them (the fold copies before adding).
   */
  static final class Tally {
    private final Currency currency;
    private final TreeMap<YearMonth, Map<IncomeStream, BigDecimal>> months = new TreeMap<>();
    private final Set<IncomeStream> present = EnumSet.noneOf(IncomeStream.class);
    private BigDecimal estimated = BigDecimal.ZERO;
    private long entries;
    private BigDecimal magnitude = BigDecimal.ZERO;

    Tally(Currency currency) {
      this.currency = currency;
    }

    static void checkCurrency(Currency currency, IncomeEntry e, String operation) {
      if (!e.amount().currency().equals(currency)) {
        throw new CurrencyMismatchException(operation, currency, e.amount().currency());
      }
    }

    /** The sum of absolute amounts bounds every sum of the report: within bounds, they all are. */
    static BigDecimal grown(BigDecimal magnitude, BigDecimal more, String operation) {
      return Bounds.result(magnitude.add(more), "IncomeReport", operation);
    }

    Tally copy() {
      Tally t = new Tally(currency);
      months.forEach((month, m) -> {
        Map<IncomeStream, BigDecimal> row = new EnumMap<>(IncomeStream.class);
        row.putAll(m);
        t.months.put(month, row);
      });
      t.present.addAll(present);
      t.estimated = estimated;
      t.entries = entries;
      t.magnitude = magnitude;
      return t;
    }

    /** Adds an entry; a collector's accumulator, so it checks what {@link IncomeReport#plus} checks. */
    void add(IncomeEntry e) {
      Checks.notNull(e, "entry");
      checkCurrency(currency, e, "IncomeReport.plus");
      BigDecimal grown = grown(magnitude, e.amount().amount().abs(), "plus");
      entries = Math.incrementExact(entries); // both checked before anything changes
      magnitude = grown;
      months.computeIfAbsent(e.month(), k -> new EnumMap<>(IncomeStream.class))
          .merge(e.stream(), e.amount().amount(), BigDecimal::add);
      present.add(e.stream());
      if (e.kind() == IncomeEntry.EntryType.ESTIMATE) {
        estimated = estimated.add(e.amount().amount());
      }
    }

    /** Adds another tally's sums (a collector's combiner); both in this currency. */
    Tally merge(Tally other) {
      if (!other.currency.equals(currency)) {
        throw new CurrencyMismatchException("IncomeReport.combine", currency, other.currency);
      }
      BigDecimal grown = grown(magnitude, other.magnitude, "combine");
      entries = Math.addExact(entries, other.entries); // both checked before anything changes
      magnitude = grown;
      other.months.forEach((month, m) -> {
        Map<IncomeStream, BigDecimal> mine = months.computeIfAbsent(month, k -> new EnumMap<>(IncomeStream.class));
        m.forEach((s, a) -> mine.merge(s, a, BigDecimal::add));
      });
      present.addAll(other.present);
      estimated = estimated.add(other.estimated);
      return this;
    }

    Currency currency() {
      return currency;
    }

    long entries() {
      return entries;
    }

    /**
     * Writes the sums in a canonical form, the same whatever order the entries came in: the currency,
     * the number of entries, the sum of their absolute amounts (without trailing decimal zeros: only
     * its value counts), the estimated part, then per month (in order) the net sum of each stream with
     * an entry (in stream order, each by its name, so that a stream added later changes no form).
     */
    void write(Form.Writer w) {
      BigDecimal stripped = magnitude.stripTrailingZeros(); // only its value counts (a zero sum is held at scale 0)
      w.putString(currency.getCurrencyCode()).putLong(entries).putDecimal(stripped.scale() < 0 ? stripped.setScale(0) : stripped)
          .putDecimal(estimated).putLong(months.size());
      months.forEach((month, row) -> {
        w.putLong(month.getYear() * 12L + month.getMonthValue() - 1).putLong(row.size());
        row.forEach((stream, sum) -> w.putString(stream.name()).putDecimal(sum));
      });
    }

    /**
     * Reads what {@link #write} wrote, checking each sum against what entries always keep: every sum
     * within Monetik's bounds with 0 to {@value Bounds#MAX_DIGITS} decimals; the absolute sums of the
     * months' streams and the estimated part (never negative) within the sum of absolute amounts; no
     * money in a stream that pays none; no more sums than entries, and nothing without entries;
     * months in the calendar and in order, each once, with at least one stream, streams known and in order.
     */
    static Tally read(Form.Reader r) {
      String code = r.getString("currency");
      Currency currency;
      try {
        currency = Currency.getInstance(Checks.notNull(code, "currency"));
      } catch (IllegalArgumentException | NullPointerException unknown) {
        throw r.invalid("currency", "an ISO 4217 currency code", code);
      }
      Tally t = new Tally(currency);
      t.entries = r.getLong("entries", 0, Long.MAX_VALUE);
      t.magnitude = sum(r, "magnitude");
      t.estimated = sum(r, "estimated");
      if (t.magnitude.signum() < 0 || t.estimated.signum() < 0) {
        throw r.invalid(t.magnitude.signum() < 0 ? "magnitude" : "estimated", ">= 0",
            t.magnitude.signum() < 0 ? t.magnitude : t.estimated);
      }
      if (t.estimated.compareTo(t.magnitude) > 0) {
        throw r.invalid("estimated", "at most the sum of absolute amounts " + t.magnitude.toPlainString(), t.estimated);
      }
      int monthCount = r.getCount("months", 4);
      long first = Year.MIN_VALUE * 12L;
      long last = Year.MAX_VALUE * 12L + 11;
      long before = Long.MIN_VALUE;
      long cells = 0;
      BigDecimal absolute = BigDecimal.ZERO;
      IncomeStream[] streams = IncomeStream.values();
      for (int i = 0; i < monthCount; i++) {
        String name = "months[" + i + "]";
        long key = r.getLong(name, first, last);
        if (key <= before) {
          throw r.invalid(name, "after month " + before + " (months sorted, each once)", key);
        }
        before = key;
        int count = r.getInt(name + ".streams", 1, streams.length);
        Map<IncomeStream, BigDecimal> row = new EnumMap<>(IncomeStream.class);
        IncomeStream previous = null;
        for (int j = 0; j < count; j++) {
          String cell = name + ".streams[" + j + "]";
          String streamName = r.getString(cell);
          IncomeStream stream = null;
          for (IncomeStream s : streams) {
            if (s.name().equals(streamName)) {
              stream = s;
            }
          }
          if (stream == null) {
            throw r.invalid(cell, "an income stream's name", streamName);
          }
          if (previous != null && previous.compareTo(stream) >= 0) {
            throw r.invalid(cell, "a stream after " + previous + " (streams in stream order, each once)", streamName);
          }
          BigDecimal sum = sum(r, cell + ".sum");
          if (!stream.paysDirectly() && sum.signum() != 0) {
            throw r.invalid(cell + ".sum", "0 for " + stream + ", which pays no money directly", sum);
          }
          absolute = absolute.add(sum.abs());
          row.put(stream, sum);
          t.present.add(stream);
          previous = stream;
          cells++;
        }
        t.months.put(YearMonth.of((int) Math.floorDiv(key, 12), Math.floorMod(key, 12) + 1), row);
      }
      if (absolute.compareTo(t.magnitude) > 0) {
        throw r.invalid("magnitude", "at least the months' absolute sums " + absolute.toPlainString(),
            t.magnitude.toPlainString());
      }
      if (cells > t.entries || (t.entries == 0 && t.magnitude.signum() != 0)) {
        throw r.invalid("entries", "at least " + Math.max(cells, 1) + " (one per month and stream, one for any amount)",
            t.entries);
      }
      return t;
    }

    private static BigDecimal sum(Form.Reader r, String field) {
      BigDecimal v = r.getDecimal(field);
      if (v.scale() < 0) {
        throw r.invalid(field, "written with 0 to " + Bounds.MAX_DIGITS + " decimals", "scale " + v.scale());
      }
      return v;
    }
  }
}
