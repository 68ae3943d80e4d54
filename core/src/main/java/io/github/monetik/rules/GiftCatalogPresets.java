package io.github.monetik.rules;

import io.github.monetik.gifts.Gift;
import io.github.monetik.gifts.GiftCatalog;
import io.github.monetik.internal.Checks;
import io.github.monetik.money.Coins;
import java.time.LocalDate;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sourced presets for the gifts of a LIVE: names, prices in coins, combo flags, ids. TikTok's own
 * gift lists are the catalog: seven raw {@code webcast/gift/list} responses (region PL) fetched from
 * 2023-08-04 to 2024-01-05, kept by github.com/jwdeveloper/TikTokLiveJava (MIT) in
 * {@code Tools/src/main/resources/gifts/official/} until commit {@code 63dd8c20} (2024-02-25), copied
 * byte for byte into the project's {@code data/gift-catalog} and reduced here to id, coins, type and
 * name per gift (the mapping is {@link Gift#fromGiftList}). Confidence H for those dates and that
 * region; catalogs vary by region and season, and no list newer than 2024-01-05 is published
 * (DOMAIN.md §8: since 2026-06 the endpoint needs a signed request), so users bring their own with
 * {@link GiftCatalog#plusAll}.
 */
public final class GiftCatalogPresets {
  private GiftCatalogPresets() {}

  /** The days TikTok's seven gift lists were fetched ({@code extra.now}, UTC), oldest first. */
  public static final List<LocalDate> OFFICIAL_LISTS = List.of(LocalDate.of(2023, 8, 4), LocalDate.of(2023, 10, 2),
      LocalDate.of(2023, 10, 3), LocalDate.of(2023, 10, 12), LocalDate.of(2023, 11, 10), LocalDate.of(2023, 12, 5),
      LocalDate.of(2024, 1, 5));

  /**
   * The catalog known on a day: the newest official list fetched on or before it; before the first
   * (2023-08-04), the first, as no older list is sourced.
   *
   * @param date the day
   * @return the catalog that day
   */
  public static GiftCatalog asOf(LocalDate date) {
    Checks.notNull(date, "date");
    LocalDate pick = OFFICIAL_LISTS.get(0);
    for (LocalDate d : OFFICIAL_LISTS) {
      if (!d.isAfter(date)) {
        pick = d;
      }
    }
    return officialList(pick);
  }

  /**
   * {@return TikTok's gift list fetched that day, as a catalog}
   *
   * @param fetched one of {@link #OFFICIAL_LISTS}
   * @throws IllegalArgumentException if no list was fetched that day
   */
  public static GiftCatalog officialList(LocalDate fetched) {
    Checks.notNull(fetched, "fetched");
    if (!OFFICIAL_LISTS.contains(fetched)) {
      throw Checks.invalid("fetched", "one of " + OFFICIAL_LISTS, fetched);
    }
    return Checks.notNull(Lists.LOADED.get(fetched), "fetched");
  }

  /** Parsed once, on first use; the lists are small (97 to 133 gifts). */
  private static final class Lists {
    static final Map<LocalDate, GiftCatalog> LOADED = load();

    private static Map<LocalDate, GiftCatalog> load() {
      Map<LocalDate, GiftCatalog> out = new LinkedHashMap<>();
      for (LocalDate d : OFFICIAL_LISTS) {
        out.put(d, parse(d));
      }
      return Map.copyOf(out);
    }

    private static GiftCatalog parse(LocalDate fetched) {
      String name = "gift-lists/official-" + fetched + ".tsv";
      List<Gift> gifts = new ArrayList<>();
      try (InputStream in = GiftCatalogPresets.class.getResourceAsStream(name)) {
        if (in == null) {
          throw new IllegalStateException("the bundled gift list " + name + " is missing from the jar");
        }
        for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
          if (line.isEmpty() || line.startsWith("#")) {
            continue;
          }
          String[] f = line.split("\t", 4);
          gifts.add(Gift.fromGiftList(Long.parseLong(f[0]), f[3], Long.parseLong(f[1]), Integer.parseInt(f[2])));
        }
      } catch (IOException e) {
        throw new UncheckedIOException("the bundled gift list " + name + " cannot be read", e);
      }
      return GiftCatalog.of("TikTok gift/list of " + fetched, gifts);
    }
  }

  /**
   * The gifts most secondary sources name: the table of {@code DOMAIN.md} §2, for readers who want
   * the classic short list rather than a full official one.
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
   *       can fill them in with {@link GiftCatalog#plusAll}.
   * </ul>
   *
   * @return the classic catalog (2024)
   */
  public static GiftCatalog classicGifts() {
    return GiftCatalog.of("DOMAIN.md §2 table", List.of(
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
