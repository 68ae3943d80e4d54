package io.github.monetik.examples;

import java.util.Locale;
import io.github.monetik.Monetik;
import io.github.monetik.gifts.ComboSettlement;
import io.github.monetik.gifts.CountedGift;
import io.github.monetik.gifts.EarningsRow;
import io.github.monetik.gifts.GiftEvent;
import io.github.monetik.gifts.Gifts;
import io.github.monetik.gifts.LiveEarnings;
import io.github.monetik.gifts.SettlementIssue;
import io.github.monetik.money.Coins;
import io.github.monetik.report.Rows;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code live-report [--csv] FILE...}: reads recorded LIVE gift messages (the {@code data/live-gifts}
 * CSV format, or TikTok's own {@code WebcastGiftMessage} payloads as base64 lines in a {@code .b64} file), settles them together (each combo once) and prints, per host, settled and open gifts
 * and coins, the naive total beside the settled one, diamonds and creator cash (settled gifts only),
 * and each host's top senders. With {@code --csv}: one row per host with the header
 * {@code host,settled_gifts,settled_coins,open_gifts,open_coins,diamonds,creator_cash} (creator cash
 * as a plain amount in the diamond policy's currency).
 */
@Command(name = "live-report", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = {"Settle recorded LIVE gifts (CSV or raw .b64 payloads): per host settled, open, naive, diamonds, cash.",
        "Settles every file's messages together (each combo once) and prints, per host, settled and open gifts and "
            + "coins, the naive total beside the settled one, diamonds and creator cash (settled gifts only), and the "
            + "top senders."})
final class LiveReportCommand extends ExampleCommand {
  static final String CSV_HEADER = "host,settled_gifts,settled_coins,open_gifts,open_coins,diamonds,creator_cash";

  @Option(names = "--csv", description = "one CSV row per host instead: " + CSV_HEADER)
  boolean csv;

  @Parameters(arity = "1..*", paramLabel = "FILE",
      description = "recorded gift messages: the live-gifts CSV, or a .b64 file of TikTok's raw payloads, one per line")
  List<Path> files;

  @Override
  public Integer call() throws IOException {
    List<GiftEvent> events = new ArrayList<>();
    for (Path f : files) {
      events.addAll(DataFiles.liveGifts(f));
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
      Rows.Builder rows = Rows.builder().text("host").count("settled_gifts").count("settled_coins").count("open_gifts")
          .count("open_coins").count("diamonds").amount("creator_cash");
      for (String h : hosts) {
        EarningsRow r = settled.byHost().get(h);
        EarningsRow o = open.byHost().get(h);
        rows.row(h, r == null ? 0 : r.gifts(), r == null ? 0 : r.coins().count(), o == null ? 0 : o.gifts(),
            o == null ? 0 : o.coins().count(), r == null ? 0 : r.diamonds().count(),
            (r == null ? gifts.diamondPolicy().creatorCashFor(Coins.ZERO) : r.creatorCash()).amount());
      }
      Export.csvRows(rows.build(), out);
      return 0;
    }
    out.printf(Locale.ROOT, "LIVE report: %d file(s), %,d messages, %d host(s); rules %s, creator share %s%n", files.size(), events.size(),
        hosts.size(), Monetik.defaults().rules().provenance().id(), gifts.diamondPolicy().creatorShare());
    out.println("Each combo counts once, at its largest repeat count; open combos never ended (not counted).");
    out.println();
    String format = "%-16s %8s %14s %14s %6s %8s %12s %14s %14s%n";
    out.printf(Locale.ROOT, format, "host", "settled", "settled coins", "naive coins", "open", "open", "open coins", "diamonds", "creator cash");
    out.printf(Locale.ROOT, format, "", "gifts", "", "(every msg)", "combos", "gifts", "", "(settled)", "(settled)");
    for (String h : hosts) {
      EarningsRow r = settled.byHost().get(h);
      EarningsRow o = open.byHost().get(h);
      long openCombos = s.open().stream().filter(g -> g.hostId().equals(h)).count();
      out.printf(Locale.ROOT, format, h, r == null ? 0 : r.gifts(), coins(r == null ? 0 : r.coins().count()), coins(naive.get(h)), openCombos,
          o == null ? 0 : o.gifts(), coins(o == null ? 0 : o.coins().count()), r == null ? "0" : String.format(Locale.ROOT, "%,d", r.diamonds().count()),
          r == null ? "0" : r.creatorCash().toString());
    }
    out.printf(Locale.ROOT, format, "total", settled.gifts(), coins(settled.coins().count()), coins(s.naiveCoins().count()), s.open().size(),
        open.gifts(), coins(open.coins().count()), String.format(Locale.ROOT, "%,d", settled.diamonds().count()), settled.creatorCash());
    long saved = s.naiveCoins().count() - s.settledCoins().count();
    out.printf(Locale.ROOT, "%nNaive summing would report %s: %s more than settled (%s open).%n", s.naiveCoins(), Coins.of(saved), s.openCoins());
    out.println();
    out.println("Top senders per host (settled coins):");
    for (String h : hosts) {
      List<CountedGift> hosted = s.settled().stream().filter(g -> g.hostId().equals(h)).toList();
      if (!hosted.isEmpty()) {
        out.println("  " + h);
        for (EarningsRow r : gifts.earnings(hosted).topSenders(3)) {
          out.printf(Locale.ROOT, "    %-16s %,6d gifts %14s%n", r.label(), r.gifts(), r.coins());
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
    return String.format(Locale.ROOT, "%,d", n);
  }
}
