package io.github.monetik.rules;

import io.github.monetik.gifts.Gift;
import io.github.monetik.gifts.GiftCatalog;
import io.github.monetik.internal.Checks;
import io.github.monetik.money.Coins;
import java.time.LocalDate;
import java.util.List;

/**
 * Sourced presets for the gifts of a LIVE: names, prices in coins, combo flags, ids. Every number
 * names its source, date and confidence, as collected in the project's {@code DOMAIN.md} §2.
 */
public final class GiftCatalogPresets {
  private GiftCatalogPresets() {}

  /**
   * The catalog known on a day: {@link #bundled()} on every date.
   *
   * @param date the day
   * @return the catalog that day
   */
  public static GiftCatalog asOf(LocalDate date) {
    Checks.notNull(date, "date");
    return bundled();
  }

  /**
   * The bundled gift catalog: the gifts {@code DOMAIN.md} §2 lists.
   *
   * <ul>
   *   <li>Names, prices and combo flags: TikTok's own gift data, snapshot of 2024-01-05 (region
   *       unknown), where the field {@code diamond_count} is the price in coins;
   *       github.com/jwdeveloper/TikTokLiveJava {@code Tools/.../gifts/official/official_05_01_2024.json}.
   *       Confidence H for that date: Rose, TikTok, GG, Finger Heart, Rosa, Perfume, Doughnut (combo),
   *       Hat and Mustache, Hand Hearts, Money Gun, Gold Mine, Sports Car, Interstellar, Lion,
   *       TikTok Universe+, TikTok Universe.
   *   <li>Older values (the same repository's list up to 2024-02; backtofrontshow.com), confidence M:
   *       Galaxy 1,000, Panda 5, Planet 15,000, Castle Fantasy 20,000, Drama Queen 5,000, Universe
   *       34,999. Their combo flag is not sourced: it follows the suggested default "combo for gifts
   *       under 99 coins" (so Panda is a combo gift), confidence L.
   *   <li>Ids only where a source gives them: the recorded LIVE messages in the project's
   *       {@code data/live-gifts} (TikTokLiveJava captures, 2023-10 to 2023-12) show Rose 5655,
   *       Finger Heart 5487, TikTok 5269 and Doughnut 5879, at the same prices. Confidence H for those
   *       captures. Every other gift has no id (found by name only); a LIVE client's own gift list
   *       can fill them in with {@link GiftCatalog#withAll}.
   * </ul>
   *
   * @return the bundled catalog (2024)
   */
  public static GiftCatalog bundled() {
    return GiftCatalog.of(List.of(
        gift(5655, "Rose", 1, true),
        gift(5269, "TikTok", 1, true),
        gift("GG", 1, true),
        gift(5487, "Finger Heart", 5, true),
        gift("Rosa", 10, true),
        gift("Perfume", 20, true),
        gift(5879, "Doughnut", 30, true),
        gift("Hat and Mustache", 99, false),
        gift("Hand Hearts", 100, false),
        gift("Money Gun", 500, false),
        gift("Gold Mine", 1_000, false),
        gift("Sports Car", 7_000, false),
        gift("Interstellar", 10_000, false),
        gift("Lion", 29_999, false),
        gift("TikTok Universe+", 34_999, false),
        gift("TikTok Universe", 44_999, false),
        gift("Panda", 5, true),
        gift("Galaxy", 1_000, false),
        gift("Drama Queen", 5_000, false),
        gift("Planet", 15_000, false),
        gift("Castle Fantasy", 20_000, false),
        gift("Universe", 34_999, false)));
  }

  private static Gift gift(long id, String name, long coins, boolean combo) {
    return gift(name, coins, combo).withId(id);
  }

  private static Gift gift(String name, long coins, boolean combo) {
    return Gift.builder().name(name).price(Coins.of(coins)).repeatable(combo).build();
  }
}
