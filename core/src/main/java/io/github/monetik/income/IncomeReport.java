package io.github.monetik.income;

import io.github.monetik.money.CurrencyMismatchException;
import io.github.monetik.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
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
import java.util.TreeMap;
import java.util.stream.Collector;
import org.jspecify.annotations.Nullable;

/**
 * A creator's income over a period: amount per stream and per month, each stream's share, direct
 * versus indirect streams, and how diversified the income is.
 *
 * <p>A monoid: {@link #empty(Currency)} is the identity, {@link #plus(IncomeEntry)} adds one entry
 * and {@link #combine(IncomeReport)} is associative, so the report of any split of a period's
 * entries, combined, equals the report of the whole ({@link #collector(Currency)} does this for
 * streams, parallel ones too). Amounts are exact; only shares and indices are rounded, as stated.
 */
public final class IncomeReport {
  /** Shares are rounded to this many decimals (0.01%). */
  public static final int SHARE_SCALE = 4;
  /** The Herfindahl–Hirschman index and the effective number of streams keep this many decimals. */
  public static final int INDEX_SCALE = 6;

  private final Currency currency;
  private final SortedMap<YearMonth, Map<IncomeStream, BigDecimal>> months;
  private final Set<IncomeStream> present;
  private final BigDecimal estimated;
  private final long entries;

  private IncomeReport(Currency currency, SortedMap<YearMonth, Map<IncomeStream, BigDecimal>> months,
      Set<IncomeStream> present, BigDecimal estimated, long entries) {
    this.currency = currency;
    this.months = months;
    this.present = present;
    this.estimated = estimated;
    this.entries = entries;
  }

  /**
   * {@return the report of no entries}
   *
   * @param currency the currency every entry must be in
   */
  public static IncomeReport empty(Currency currency) {
    return new IncomeReport(Objects.requireNonNull(currency, "currency"), Collections.emptySortedMap(),
        Collections.emptySet(), BigDecimal.ZERO, 0);
  }

  /**
   * {@return their report}
   *
   * @param currency the currency every entry must be in
   * @param entries the period's entries, in any order
   * @throws CurrencyMismatchException if an entry is in another currency (convert first)
   */
  public static IncomeReport of(Currency currency, Iterable<IncomeEntry> entries) {
    Accumulator acc = new Accumulator(currency);
    for (IncomeEntry e : Objects.requireNonNull(entries, "entries")) {
      acc.add(e);
    }
    return acc.toReport();
  }

  /**
   * {@return a collector that builds the report of a stream of entries, in parallel too}
   *
   * @param currency the currency every entry must be in
   */
  public static Collector<IncomeEntry, ?, IncomeReport> collector(Currency currency) {
    Objects.requireNonNull(currency, "currency");
    return Collector.of(() -> new Accumulator(currency), Accumulator::add, Accumulator::merge, Accumulator::toReport,
        Collector.Characteristics.UNORDERED);
  }

  /**
   * {@return a new report that includes it}
   *
   * @param entry one more entry
   * @throws CurrencyMismatchException if the entry is in another currency
   */
  public IncomeReport plus(IncomeEntry entry) {
    Accumulator acc = Accumulator.from(this);
    acc.add(Objects.requireNonNull(entry, "entry"));
    return acc.toReport();
  }

  /**
   * {@return the report of both reports' entries}
   *
   * @param other a report in the same currency
   * @throws CurrencyMismatchException if the currencies differ
   */
  public IncomeReport combine(IncomeReport other) {
    Accumulator acc = Accumulator.from(this);
    acc.merge(Accumulator.from(Objects.requireNonNull(other, "other")));
    return acc.toReport();
  }

  /** {@return the report's currency} */
  public Currency currency() {
    return currency;
  }

  /** {@return how many entries went in} */
  public long entries() {
    return entries;
  }

  /** {@return the net total of every stream and month} */
  public Money total() {
    BigDecimal sum = BigDecimal.ZERO;
    for (Map<IncomeStream, BigDecimal> m : months.values()) {
      for (BigDecimal a : m.values()) {
        sum = sum.add(a);
      }
    }
    return Money.of(sum, currency);
  }

  /** {@return the part of {@link #total()} that comes from estimates rather than money received} */
  public Money estimated() {
    return Money.of(estimated, currency);
  }

  /** {@return net total per stream, for every stream with at least one entry, in stream order} */
  public Map<IncomeStream, Money> byStream() {
    Map<IncomeStream, BigDecimal> sums = new EnumMap<>(IncomeStream.class);
    for (IncomeStream s : present) {
      sums.put(s, BigDecimal.ZERO);
    }
    for (Map<IncomeStream, BigDecimal> m : months.values()) {
      m.forEach((s, a) -> sums.merge(s, a, BigDecimal::add));
    }
    Map<IncomeStream, Money> out = new LinkedHashMap<>();
    sums.forEach((s, a) -> out.put(s, Money.of(a, currency)));
    return Collections.unmodifiableMap(out);
  }

  /** {@return net totals per month and stream, months in order} */
  public SortedMap<YearMonth, Map<IncomeStream, Money>> byMonth() {
    SortedMap<YearMonth, Map<IncomeStream, Money>> out = new TreeMap<>();
    months.forEach((month, m) -> {
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
    present.stream().filter(s -> !s.paysDirectly()).forEach(out::add);
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
    Map<IncomeStream, BigDecimal> positive = new EnumMap<>(IncomeStream.class);
    byStream().forEach((s, m) -> {
      if (m.isPositive()) {
        positive.put(s, m.amount());
      }
    });
    if (positive.isEmpty()) {
      return Optional.empty();
    }
    BigDecimal total = positive.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal squares = positive.values().stream().map(a -> a.multiply(a)).reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal totalSquared = total.multiply(total);
    BigDecimal hhi = squares.divide(totalSquared, INDEX_SCALE, RoundingMode.HALF_EVEN);
    BigDecimal effective = totalSquared.divide(squares, INDEX_SCALE, RoundingMode.HALF_EVEN);
    return Optional.of(new Diversification(largestRemainderShares(positive, total), hhi, effective, positive.size()));
  }

  /** Floors each exact share to the scale, then hands the missing units to the largest remainders. */
  private static Map<IncomeStream, BigDecimal> largestRemainderShares(Map<IncomeStream, BigDecimal> amounts, BigDecimal total) {
    BigDecimal unitsPerWhole = BigDecimal.ONE.movePointRight(SHARE_SCALE);
    Map<IncomeStream, BigDecimal> units = new EnumMap<>(IncomeStream.class);
    Map<IncomeStream, BigDecimal> remainders = new EnumMap<>(IncomeStream.class);
    BigDecimal given = BigDecimal.ZERO;
    for (Map.Entry<IncomeStream, BigDecimal> e : amounts.entrySet()) {
      BigDecimal[] qr = e.getValue().multiply(unitsPerWhole).divideAndRemainder(total);
      units.put(e.getKey(), qr[0]);
      remainders.put(e.getKey(), qr[1]);
      given = given.add(qr[0]);
    }
    List<IncomeStream> order = new ArrayList<>(amounts.keySet());
    order.sort(Comparator.comparing((IncomeStream s) -> remainders.get(s)).reversed().thenComparing(Comparator.naturalOrder()));
    int missing = unitsPerWhole.subtract(given).intValueExact();
    for (int i = 0; i < missing; i++) {
      units.merge(order.get(i), BigDecimal.ONE, BigDecimal::add);
    }
    Map<IncomeStream, BigDecimal> shares = new EnumMap<>(IncomeStream.class);
    units.forEach((s, u) -> shares.put(s, u.movePointLeft(SHARE_SCALE).setScale(SHARE_SCALE)));
    return shares;
  }

  /**
   * {@return one row per month and stream ({@code month}, {@code stream}, {@code amount}, {@code currency}) for export to CSV, JSON or a data frame}
   */
  public List<Map<String, Object>> rows() {
    List<Map<String, Object>> rows = new ArrayList<>();
    byMonth().forEach((month, m) -> m.forEach((s, a) -> {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("month", month.toString());
      row.put("stream", s.name());
      row.put("amount", a.amount());
      row.put("currency", currency.getCurrencyCode());
      rows.add(Collections.unmodifiableMap(row));
    }));
    return Collections.unmodifiableList(rows);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof IncomeReport that && that.currency.equals(currency) && that.entries == entries
        && that.estimated.compareTo(estimated) == 0 && that.present.equals(present) && that.byMonth().equals(byMonth());
  }

  @Override
  public int hashCode() {
    return Objects.hash(currency, entries, present, byMonth());
  }

  /** {@return a fixed-width table: streams by month, totals, shares, and the diversification line} */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder();
    b.append("Income report ").append(currency.getCurrencyCode()).append(": ").append(entries).append(" entries");
    if (!months.isEmpty()) {
      b.append(", ").append(months.firstKey()).append(" to ").append(months.lastKey());
    }
    b.append('\n');
    Optional<Diversification> d = diversification();
    b.append(String.format("%-20s", "stream"));
    months.keySet().forEach(m -> b.append(String.format("%14s", m)));
    b.append(String.format("%14s%9s%n", "total", "share"));
    byStream().forEach((s, total) -> {
      b.append(String.format("%-20s", s.name()));
      months.values().forEach(m -> b.append(String.format("%14s", Money.of(m.getOrDefault(s, BigDecimal.ZERO), currency).amount().toPlainString())));
      String share = d.map(x -> x.shares().get(s)).map(x -> x.movePointRight(2).setScale(2, RoundingMode.UNNECESSARY) + "%").orElse("-");
      b.append(String.format("%14s%9s%n", total.amount().toPlainString(), share));
    });
    b.append(String.format("%-20s", "TOTAL"));
    months.values().forEach(m -> b.append(String.format("%14s",
        Money.of(m.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add), currency).amount().toPlainString())));
    b.append(String.format("%14s%n", total().amount().toPlainString()));
    if (estimated.signum() != 0) {
      b.append("of which estimated: ").append(estimated()).append('\n');
    }
    if (!indirectStreams().isEmpty()) {
      b.append("indirect (no money): ");
      indirectStreams().forEach(s -> b.append(s).append(' ').append(s.indirectBenefits()).append(' '));
      b.append('\n');
    }
    b.append(d.map(x -> "diversification: HHI " + x.herfindahl().toPlainString() + ", effective streams "
        + x.effectiveStreams().toPlainString() + " of " + x.streams()).orElse("diversification: undefined (no stream has a positive total)"));
    b.append('\n');
    return b.toString();
  }

  /** The mutable side of the monoid, for building and for collectors; never escapes. */
  private static final class Accumulator {
    private final Currency currency;
    private final TreeMap<YearMonth, Map<IncomeStream, BigDecimal>> months = new TreeMap<>();
    private final Set<IncomeStream> present = EnumSet.noneOf(IncomeStream.class);
    private BigDecimal estimated = BigDecimal.ZERO;
    private long entries;

    Accumulator(Currency currency) {
      this.currency = Objects.requireNonNull(currency, "currency");
    }

    static Accumulator from(IncomeReport r) {
      Accumulator a = new Accumulator(r.currency);
      r.months.forEach((month, m) -> {
        Map<IncomeStream, BigDecimal> copy = new EnumMap<>(IncomeStream.class);
        copy.putAll(m);
        a.months.put(month, copy);
      });
      a.present.addAll(r.present);
      a.estimated = r.estimated;
      a.entries = r.entries;
      return a;
    }

    void add(IncomeEntry e) {
      if (!e.amount().currency().equals(currency)) {
        throw new CurrencyMismatchException("IncomeReport.plus", currency, e.amount().currency());
      }
      months.computeIfAbsent(e.month(), k -> new EnumMap<>(IncomeStream.class)).merge(e.stream(), e.amount().amount(), BigDecimal::add);
      present.add(e.stream());
      if (e.kind() == IncomeEntry.Kind.ESTIMATE) {
        estimated = estimated.add(e.amount().amount());
      }
      entries++;
    }

    Accumulator merge(Accumulator other) {
      if (!other.currency.equals(currency)) {
        throw new CurrencyMismatchException("IncomeReport.combine", currency, other.currency);
      }
      other.months.forEach((month, m) -> {
        Map<IncomeStream, BigDecimal> mine = months.computeIfAbsent(month, k -> new EnumMap<>(IncomeStream.class));
        m.forEach((s, a) -> mine.merge(s, a, BigDecimal::add));
      });
      present.addAll(other.present);
      estimated = estimated.add(other.estimated);
      entries += other.entries;
      return this;
    }

    IncomeReport toReport() {
      TreeMap<YearMonth, Map<IncomeStream, BigDecimal>> frozen = new TreeMap<>();
      months.forEach((month, m) -> {
        Map<IncomeStream, BigDecimal> copy = new EnumMap<>(IncomeStream.class);
        copy.putAll(m);
        frozen.put(month, Collections.unmodifiableMap(copy));
      });
      Set<IncomeStream> p = EnumSet.noneOf(IncomeStream.class);
      p.addAll(present);
      return new IncomeReport(currency, Collections.unmodifiableSortedMap(frozen), Collections.unmodifiableSet(p),
          estimated, entries);
    }
  }
}
