package io.github.monetik.gifts;

import io.github.monetik.internal.TextTable;
import io.github.monetik.internal.Checks;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The gifts a LIVE knows: looked up by id ({@link #byId(long)}) or by name ({@link #byName(String)},
 * a list, as names are not unique). Immutable; {@link #plus(Gift)} and {@link #plusAll(Collection)}
 * add or replace entries and return a new catalog, so users can load their LIVE client's own gift
 * list ({@code gift/list}, see {@link Gift#fromGiftList}) over the bundled one, or start from
 * {@link #empty()}. A catalog says where it comes from ({@link #source()}).
 *
 * <p>Ids are unique: adding a gift whose id is already present replaces the old entry. Gifts without
 * an id are kept as they are (they can be found by name only).
 *
 * <pre>{@code
 * GiftCatalog catalog = Monetik.defaults().gifts().giftCatalog();
 * catalog.byId(5655);                 // Optional[Rose #5655 (1 coin, combo)]
 * catalog.byName("lion");             // [Lion #6369 (29,999 coins)]
 * catalog.plus(myGift).size();        // one more, or the same if myGift's id was present
 * }</pre>
 */
public final class GiftCatalog {
  private static final GiftCatalog EMPTY = new GiftCatalog("empty", List.of());

  private final String source;
  private final List<Gift> gifts;
  private final Map<Long, Gift> byId;

  private GiftCatalog(String source, List<Gift> gifts) {
    this.source = source;
    this.gifts = List.copyOf(gifts);
    Map<Long, Gift> ids = new HashMap<>();
    for (Gift g : this.gifts) {
      if (g.id().isPresent()) {
        ids.put(g.id().getAsLong(), g);
      }
    }
    this.byId = Map.copyOf(ids);
  }

  /** {@return a catalog with no gifts} */
  public static GiftCatalog empty() {
    return EMPTY;
  }

  /**
   * {@return a catalog of exactly those gifts}
   *
   * @param gifts the gifts, in the order to list them
   * @throws IllegalArgumentException if two gifts share an id
   * @throws NullPointerException if {@code gifts} or one of its elements is null
   */
  public static GiftCatalog of(Collection<Gift> gifts) {
    return of("custom", gifts);
  }

  /**
   * {@return a catalog of exactly those gifts, saying where they come from}
   *
   * @param source where the list comes from, for example {@code TikTok gift/list of 2024-01-05}
   * @param gifts the gifts, in the order to list them
   * @throws IllegalArgumentException if two gifts share an id, or {@code source} is blank
   * @throws NullPointerException naming the element ({@code gifts[3]}) if one is null
   */
  public static GiftCatalog of(String source, Collection<Gift> gifts) {
    Checks.notBlank(source, "source");
    Checks.notNull(gifts, "gifts");
    Map<Long, Gift> seen = new HashMap<>();
    int i = 0;
    for (Gift g : gifts) {
      Checks.notNull(g, "gifts[" + i++ + "]");
      if (g.id().isPresent()) {
        Gift before = seen.put(g.id().getAsLong(), g);
        if (before != null) {
          throw new IllegalArgumentException("gifts must have unique ids, was " + g.id().getAsLong()
              + " for both " + before + " and " + g);
        }
      }
    }
    return new GiftCatalog(source, new ArrayList<>(gifts));
  }

  /** {@return where the catalog comes from: {@code empty}, {@code custom}, a dated gift list} */
  public String source() {
    return source;
  }

  /**
   * {@return the gift with that id, or empty if the catalog does not know it (never a guess)}
   *
   * @param id a TikTok gift id
   */
  public Optional<Gift> byId(long id) {
    return Optional.ofNullable(byId.get(id));
  }

  /**
   * {@return true if the catalog knows that id}
   *
   * @param id a TikTok gift id
   */
  public boolean contains(long id) {
    return byId.containsKey(id);
  }

  /**
   * {@return every gift with that name, in catalog order; empty if none}
   *
   * @param name a gift name, compared ignoring case and surrounding blanks
   */
  public List<Gift> byName(String name) {
    Objects.requireNonNull(name, "name");
    String wanted = name.strip().toLowerCase(Locale.ROOT);
    List<Gift> out = new ArrayList<>();
    for (Gift g : gifts) {
      if (g.name().strip().toLowerCase(Locale.ROOT).equals(wanted)) {
        out.add(g);
      }
    }
    return List.copyOf(out);
  }

  /** {@return every gift, in catalog order} */
  public List<Gift> gifts() {
    return gifts;
  }

  /** {@return the ids the catalog knows, in no particular order} */
  long[] ids() {
    return byId.keySet().stream().mapToLong(Long::longValue).toArray();
  }

  /** {@return how many gifts} */
  public int size() {
    return gifts.size();
  }

  /**
   * {@return a new catalog with one more gift; its source says {@code +custom}}
   *
   * @param gift a gift to add; if its id is present, it replaces the gift with that id in place
   */
  public GiftCatalog plus(Gift gift) {
    Checks.notNull(gift, "gift");
    return plusAll(List.of(gift));
  }

  /**
   * {@return a new catalog with more gifts; its source says {@code +custom}}
   *
   * @param more gifts to add, each replacing a present gift with the same id (later ones win)
   * @throws NullPointerException naming the element ({@code more[3]}) if one is null
   */
  public GiftCatalog plusAll(Collection<Gift> more) {
    Checks.notNull(more, "more");
    List<Gift> out = new ArrayList<>(gifts);
    int k = 0;
    for (Gift g : more) {
      Checks.notNull(g, "more[" + k++ + "]");
      int at = -1;
      if (g.id().isPresent()) {
        for (int i = 0; i < out.size(); i++) {
          if (out.get(i).id().equals(g.id())) {
            at = i;
            break;
          }
        }
      }
      if (at >= 0) {
        out.set(at, g);
      } else {
        out.add(g);
      }
    }
    return new GiftCatalog(source.endsWith("+custom") ? source : source + " +custom", out);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof GiftCatalog c && c.source.equals(source) && c.gifts.equals(gifts);
  }

  @Override
  public int hashCode() {
    return Objects.hash(source, gifts);
  }

  /** {@return a summary line (the source and size), then a small table: id, name, coins, combo} */
  @Override
  public String toString() {
    TextTable t = TextTable.of("id", "name", "price", "combo").leftAligned(1);
    for (Gift g : gifts) {
      t.row(g.id().isPresent() ? Long.toString(g.id().getAsLong()) : "-", g.name(), g.price(), g.repeatable() ? "yes" : "no");
    }
    return "GiftCatalog " + source + " (" + gifts.size() + " gifts)\n" + t.render("  ");
  }
}
