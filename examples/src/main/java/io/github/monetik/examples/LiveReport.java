package io.github.monetik.examples;

import io.github.monetik.Monetik;
import io.github.monetik.gifts.ComboSettlement;
import io.github.monetik.gifts.CountedGift;
import io.github.monetik.gifts.EarningsRow;
import io.github.monetik.gifts.GiftEvent;
import io.github.monetik.gifts.Gifts;
import io.github.monetik.gifts.LiveEarnings;
import io.github.monetik.gifts.SettlementIssue;
import io.github.monetik.money.Coins;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * {@code live-report [--csv] FILE...}: reads recorded LIVE gift messages (the {@code data/live-gifts}
 * CSV format), settles them together (each combo once) and prints, per host, settled and open gifts
 * and coins, the naive total beside the settled one, diamonds and creator cash (settled gifts only),
 * and each host's top senders. With {@code --csv}: one row per host with the header
 * {@code host,settled_gifts,settled_coins,open_gifts,open_coins,diamonds,creator_cash} (creator cash
 * as a plain amount in the diamond policy's currency).
 */
final class LiveReport implements Command {
  static final String CSV_HEADER = "host,settled_gifts,settled_coins,open_gifts,open_coins,diamonds,creator_cash";
  private static final String[] COLUMNS = {"timestamp", "host", "message_id", "sender_id", "sender_name", "gift_id",
      "gift_name", "coins_per_gift", "gift_type", "repeat_count", "repeat_end", "group_id"};

  @Override
  public String name() {
    return "live-report";
  }

  @Override
  public String arguments() {
    return "[--csv] FILE...";
  }

  @Override
  public String summary() {
    return "settle recorded LIVE gift CSVs: per host settled, open, naive, diamonds, cash";
  }

  @Override
  public int run(List<String> args, PrintStream out) throws UsageException, IOException {
    boolean csv = false;
    List<Path> files = new ArrayList<>();
    for (String a : args) {
      if (a.equals("--csv")) {
        csv = true;
      } else if (a.startsWith("-")) {
        throw new UsageException("unknown option '" + a + "'");
      } else {
        files.add(Path.of(a));
      }
    }
    if (files.isEmpty()) {
      throw new UsageException("live-report needs at least one CSV file");
    }
    List<GiftEvent> events = new ArrayList<>();
    for (Path f : files) {
      events.addAll(read(f));
    }
    Gifts gifts = Monetik.defaults().gifts();
    ComboSettlement s = gifts.settle(events);
    LiveEarnings settled = gifts.earnings(s);
    LiveEarnings open = gifts.earnings(s.open());
    Map<String, Long> naive = new TreeMap<>();
    for (GiftEvent e : events) {
      naive.merge(e.hostId(), e.naiveCoins().count(), Math::addExact);
    }
    TreeSet<String> hosts = new TreeSet<>(naive.keySet());
    if (csv) {
      out.println(CSV_HEADER);
      for (String h : hosts) {
        EarningsRow r = settled.byHost().get(h);
        EarningsRow o = open.byHost().get(h);
        out.println(String.join(",", h, Long.toString(r == null ? 0 : r.gifts()), Long.toString(r == null ? 0 : r.coins().count()),
            Long.toString(o == null ? 0 : o.gifts()), Long.toString(o == null ? 0 : o.coins().count()),
            Long.toString(r == null ? 0 : r.diamonds().count()),
            (r == null ? gifts.diamonds().creatorCashFor(Coins.ZERO) : r.creatorCash()).amount().toPlainString()));
      }
      return 0;
    }
    out.printf("LIVE report: %d file(s), %,d messages, %d host(s); rules %s, creator share %s%n", files.size(), events.size(),
        hosts.size(), Monetik.defaults().rules().id(), gifts.diamonds().creatorShare());
    out.println("Each combo counts once, at its largest repeat count; open combos never ended (not counted).");
    out.println();
    String format = "%-16s %8s %14s %14s %6s %8s %12s %14s %14s%n";
    out.printf(format, "host", "settled", "settled coins", "naive coins", "open", "open", "open coins", "diamonds", "creator cash");
    out.printf(format, "", "gifts", "", "(every msg)", "combos", "gifts", "", "(settled)", "(settled)");
    for (String h : hosts) {
      EarningsRow r = settled.byHost().get(h);
      EarningsRow o = open.byHost().get(h);
      long openCombos = s.open().stream().filter(g -> g.hostId().equals(h)).count();
      out.printf(format, h, r == null ? 0 : r.gifts(), coins(r == null ? 0 : r.coins().count()), coins(naive.get(h)), openCombos,
          o == null ? 0 : o.gifts(), coins(o == null ? 0 : o.coins().count()), r == null ? "0" : String.format("%,d", r.diamonds().count()),
          r == null ? "0" : r.creatorCash().toString());
    }
    out.printf(format, "total", settled.gifts(), coins(settled.coins().count()), coins(s.naiveCoins().count()), s.open().size(),
        open.gifts(), coins(open.coins().count()), String.format("%,d", settled.diamonds().count()), settled.creatorCash());
    long saved = s.naiveCoins().count() - s.settledCoins().count();
    out.printf("%nNaive summing would report %s: %s more than settled (%s open).%n", s.naiveCoins(), Coins.of(saved), s.openCoins());
    out.println();
    out.println("Top senders per host (settled coins):");
    for (String h : hosts) {
      List<CountedGift> hosted = s.settled().stream().filter(g -> g.hostId().equals(h)).toList();
      if (!hosted.isEmpty()) {
        out.println("  " + h);
        for (EarningsRow r : gifts.earnings(hosted).topSenders(3)) {
          out.printf("    %-16s %,6d gifts %14s%n", r.label(), r.gifts(), r.coins());
        }
      }
    }
    if (!s.issues().isEmpty()) {
      out.println();
      out.println("Report entries:");
      for (SettlementIssue i : s.issues()) {
        out.println("  " + i);
      }
    }
    return 0;
  }

  private static String coins(long n) {
    return String.format("%,d", n);
  }

  static List<GiftEvent> read(Path file) throws IOException {
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
    List<GiftEvent> out = new ArrayList<>();
    Reader reader;
    try {
      reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new NoSuchFileException(file.toString(), null, "no such file");
    }
    try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
      for (String c : COLUMNS) {
        if (!parser.getHeaderMap().containsKey(c)) {
          throw new IllegalArgumentException(file + ": column '" + c + "' missing, the header must be " + String.join(",", COLUMNS));
        }
      }
      for (CSVRecord r : parser) {
        try {
          out.add(GiftEvent.builder()
              .timestamp(Instant.parse(r.get("timestamp")))
              .hostId(r.get("host"))
              .messageId(Long.parseLong(r.get("message_id")))
              .senderId(r.get("sender_id"))
              .giftId(Long.parseLong(r.get("gift_id")))
              .coinsPerGift(Long.parseLong(r.get("coins_per_gift")))
              .repeatable(GiftEvent.isRepeatableType(Integer.parseInt(r.get("gift_type"))))
              .repeatCount(Integer.parseInt(r.get("repeat_count")))
              .repeatEnd(flag(r.get("repeat_end")))
              .groupId(Long.parseLong(r.get("group_id")))
              .build());
        } catch (IllegalArgumentException | IllegalStateException | DateTimeParseException e) {
          throw new IllegalArgumentException(file + " line " + r.getRecordNumber() + ": " + e.getMessage(), e);
        }
      }
    }
    return out;
  }

  private static boolean flag(String value) {
    if (value.equals("1")) {
      return true;
    }
    if (value.equals("0")) {
      return false;
    }
    throw new IllegalArgumentException("repeat_end must be 0 or 1, was '" + value + "'");
  }
}
