package io.github.monetik.examples;

import io.github.monetik.Monetik;
import io.github.monetik.gifts.DiamondPolicy;
import io.github.monetik.money.Coins;
import io.github.monetik.money.Diamonds;
import io.github.monetik.money.Money;
import io.github.monetik.money.Rate;
import io.github.monetik.rules.Rules;
import java.math.RoundingMode;
import java.time.LocalDate;
import picocli.CommandLine.Command;

/** {@code tour}: a short tour of what Monetik computes on its built-in default rules. */
@Command(name = "tour", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = {"A short tour of what Monetik computes on its default rules.", "The command when none is given."})
final class TourCommand extends ExampleCommand {
  @Override
  public Integer call() {
    Monetik tiktok = Monetik.defaults();
    out.println("Monetik tour: " + tiktok);
    out.println();
    out.println("1. The rules book (every number dated and sourced):");
    out.println(indent(tiktok.rules().toString()));
    out.println();

    out.println("2. Units that cannot be confused:");
    Coins lion = Coins.of(29_999);
    out.println("   a Lion costs " + lion + "; coins and diamonds are different types");
    out.println("   " + Coins.of(1_250) + " + " + Coins.of(5) + " = " + Coins.of(1_250).plus(Coins.of(5)));
    Money price = Money.of("6.25", "USD");
    out.println("   " + price + " x 15% = " + price.multipliedBy(Rate.percent("15")) + " exact, "
        + price.multipliedBy(Rate.percent("15"), RoundingMode.HALF_EVEN) + " rounded half-even");
    out.println();

    DiamondPolicy diamonds = tiktok.rules().diamondPolicy();
    Diamonds received = diamonds.diamondsFor(lion);
    out.println("3. A Lion gifted to a creator:");
    out.println("   viewers' coins at the reference value: " + diamonds.grossValueOf(lion));
    out.println("   creator receives " + received + ", worth " + diamonds.cashValueOf(received));
    out.println("   platform keeps " + diamonds.platformCutFor(lion));
    out.println();

    Monetik scaled = tiktok.withRules(tiktok.rules().withDiamondPolicy(diamonds.withCreatorShare(Rate.percent(53))));
    out.println("4. Your own rules, without touching the defaults (creator share 53%):");
    out.println("   creator cash for a Lion: " + scaled.rules().diamondPolicy().creatorCashFor(lion)
        + " (rules " + scaled.rules().provenance().id() + ")");
    out.println("   the defaults still say: " + tiktok.rules().diamondPolicy().creatorCashFor(lion));
    out.println();

    LocalDate day = LocalDate.of(2021, 1, 1);
    out.println("5. Rules as of a date: " + Monetik.asOf(day).rules().provenance().id()
        + " (books exist from " + Rules.EARLIEST + ", sources cover up to " + Rules.SOURCES_UP_TO + ")");
    return 0;
  }

  private static String indent(String text) {
    return "   " + text.replace("\n", "\n   ");
  }
}
