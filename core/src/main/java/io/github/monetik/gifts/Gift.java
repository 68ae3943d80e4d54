package io.github.monetik.gifts;

import io.github.monetik.internal.Checks;
import io.github.monetik.internal.MonetikStyle;
import io.github.monetik.money.Coins;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * One gift of a {@link GiftCatalog}: its TikTok id where a source gives it, its name, its price in
 * coins and whether it can be sent as a combo (a repeatable gift).
 *
 * <p>Names are not unique (TikTok has several 1-coin gifts, and renames happen), and ids are not
 * always known: a gift without a sourced id has an empty {@link #id()} rather than a guessed one.
 *
 * <pre>{@code
 * Gift rose = Gift.builder().id(5655).name("Rose").price(Coins.of(1)).repeatable(true).build();
 * rose.withPrice(Coins.of(2));   // a copy; rose is unchanged
 * }</pre>
 */
@Value.Immutable
@MonetikStyle
public abstract class Gift {
  Gift() {}

  /** {@return a builder; {@code id} is optional, every other field required} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Gift}; {@code build()} checks the fields and names a bad one. */
  public static final class Builder extends ImmutableGift.Builder {
    Builder() {}
  }

  /**
   * One entry of TikTok's {@code webcast/gift/list} response ({@code data.gifts[i]}) as a gift: the
   * mapping of its fields, kept with the catalog so a reader of any region's list gets the same
   * gifts. {@code diamond_count} is the price of one gift <em>in coins</em> (the field's name is
   * TikTok's); {@code type} 1 is the repeatable (combo) gift, every other type (2, 4 in the lists
   * seen) is not. The entry's {@code combo} flag agrees with {@code type == 1} in all seven lists of
   * 2023-08 to 2024-01 (the project's {@code data/gift-catalog}, TikTokLiveJava's copies), so
   * {@code type} decides, as it does in gift messages ({@code gift.type}).
   *
   * @param id the entry's {@code id} (= {@code giftId} in messages), {@code >= 0}
   * @param name its {@code name}, not blank
   * @param diamondCount its {@code diamond_count}: coins per gift, {@code >= 0}
   * @param type its {@code type}
   * @return the gift
   * @throws IllegalArgumentException naming the field if a value is out of range
   */
  public static Gift fromGiftList(long id, String name, long diamondCount, int type) {
    Checks.nonNegative(id, "id");
    Checks.notBlank(name, "name");
    return builder().id(id).name(name).price(Coins.of(Checks.nonNegative(diamondCount, "diamondCount")))
        .repeatable(GiftEvent.isRepeatableType(type)).build();
  }

  /** {@return TikTok's numeric gift id, empty where no source gives it} */
  public abstract OptionalLong id();

  /** {@return the gift's English catalog name, not blank} */
  public abstract String name();

  /** {@return the price of one gift in coins, what the sender pays} */
  public abstract Coins price();

  /**
   * {@return true if the gift can be sent as a combo ("gift streak"): its messages repeat with a growing repeat count and it counts once, when the combo ends}
   */
  public abstract boolean repeatable();

  /**
   * {@return a copy with that id}
   *
   * @param id the gift id
   */
  public abstract Gift withId(long id);

  /**
   * {@return a copy with that name}
   *
   * @param name the name
   */
  public abstract Gift withName(String name);

  /**
   * {@return a copy with that price}
   *
   * @param price the price in coins
   */
  public abstract Gift withPrice(Coins price);

  /**
   * {@return a copy with that flag}
   *
   * @param repeatable whether it is a combo gift
   */
  public abstract Gift withRepeatable(boolean repeatable);

  @Value.Check
  void check() {
    if (name().isBlank()) {
      throw new IllegalArgumentException("name must not be blank, was '" + name() + "'");
    }
    if (id().isPresent() && id().getAsLong() < 0) {
      throw new IllegalArgumentException("id must be >= 0, was " + id().getAsLong());
    }
  }

  /** {@return for example {@code Rose #5655 (1 coin, combo)}} */
  @Override
  public String toString() {
    return name() + (id().isPresent() ? " #" + id().getAsLong() : "") + " (" + price() + (repeatable() ? ", combo)" : ")");
  }
}
