package io.github.monetik.coins;

import io.github.monetik.internal.Checks;
import io.github.monetik.internal.MonetikStyle;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The coin price lists of one market, one {@link CoinPriceList} per {@link Channel} that sells
 * coins there. A market need not cover every channel: asking for a channel it lacks is an error
 * that names the channel and the market. The presets live in {@code rules.CoinPresets}.
 *
 * <pre>{@code
 * CoinPrices us = Monetik.defaults().rules().coinPrices();
 * us.ladder(Channel.IOS);                                 // Optional[US iOS in-app ...]
 * CoinPrices mine = us.withLadder(Channel.ANDROID, us.ladder(Channel.IOS).orElseThrow());
 * }</pre>
 */
@Value.Immutable(builder = false, copy = false)
@MonetikStyle
public abstract class CoinPrices {
  CoinPrices() {}

  /** {@return a builder; the name and at least one ladder are required} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link CoinPrices}. Every method refuses a null argument with a
   * {@code NullPointerException} naming it ({@code channel}; in a map, a null key as
   * {@code ladders[null]} and a null list by its channel, {@code ladders[IOS]}); {@code build()}
   * checks the fields and names a bad one. Not thread-safe.
   */
  public static final class Builder {
    private @Nullable String name;
    private final Map<Channel, CoinPriceList> ladders = new EnumMap<>(Channel.class);

    private Builder() {}

    /**
     * {@return this builder, with that name}
     *
     * @param name the market, for example {@code US (USD)}
     */
    public Builder name(String name) {
      this.name = Checks.notNull(name, "name");
      return this;
    }

    /**
     * {@return this builder, in which {@code channel} sells by {@code ladder} (added or replaced)}
     *
     * @param channel a channel
     * @param ladder its price list
     */
    public Builder putLadders(Channel channel, CoinPriceList ladder) {
      ladders.put(Checks.notNull(channel, "channel"), Checks.notNull(ladder, "ladder"));
      return this;
    }

    /**
     * {@return this builder, with exactly those price lists (the ones put before are dropped)}
     *
     * @param ladders the price list of each channel
     */
    public Builder ladders(Map<Channel, ? extends CoinPriceList> ladders) {
      Map<Channel, CoinPriceList> all = checked(ladders);
      this.ladders.clear();
      this.ladders.putAll(all);
      return this;
    }

    /**
     * {@return the market}
     *
     * @throws IllegalStateException if the name is not set
     * @throws IllegalArgumentException if there is no ladder
     */
    public CoinPrices build() {
      if (name == null) {
        throw new IllegalStateException("CoinPrices needs name, not set");
      }
      return ImmutableCoinPrices.of(name, ladders);
    }
  }

  private static Map<Channel, CoinPriceList> checked(Map<Channel, ? extends CoinPriceList> ladders) {
    Map<Channel, CoinPriceList> copy = new EnumMap<>(Channel.class);
    for (Map.Entry<Channel, ? extends CoinPriceList> e : Checks.notNull(ladders, "ladders").entrySet()) {
      Channel c = Checks.notNull(e.getKey(), "ladders[null]");
      copy.put(c, Checks.notNull(e.getValue(), "ladders[" + c + "]"));
    }
    return copy;
  }

  /** {@return the market, for example {@code US (USD)}} */
  @Value.Parameter
  public abstract String name();

  /** {@return the price list of each channel that sells coins in this market} */
  @Value.Parameter
  public abstract Map<Channel, CoinPriceList> ladders();

  /**
   * {@return a copy with that name}
   *
   * @param name the market's name
   * @throws NullPointerException if {@code name} is null
   */
  public CoinPrices withName(String name) {
    return builder().name(name).ladders(ladders()).build();
  }

  /**
   * {@return its price list, or empty if this market has none for it}
   *
   * @param channel a channel
   * @throws NullPointerException if {@code channel} is null
   */
  public Optional<CoinPriceList> ladder(Channel channel) {
    return Optional.ofNullable(ladders().get(Checks.notNull(channel, "channel")));
  }

  /**
   * {@return a copy in which {@code channel} sells by {@code ladder} (added or replaced)}
   *
   * @param channel a channel
   * @param ladder its price list
   * @throws NullPointerException if an argument is null
   */
  public CoinPrices withLadder(Channel channel, CoinPriceList ladder) {
    Map<Channel, CoinPriceList> all = new EnumMap<>(Channel.class);
    all.putAll(ladders());
    all.put(Checks.notNull(channel, "channel"), Checks.notNull(ladder, "ladder"));
    return builder().name(name()).ladders(all).build();
  }

  @Value.Check
  void check() {
    if (ladders().isEmpty()) {
      throw new IllegalArgumentException("ladders must hold at least one channel, was {}");
    }
  }

  /** {@return the market and one line per channel, in {@link Channel} order} */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder(name());
    for (Channel c : Channel.values()) {
      CoinPriceList list = ladders().get(c);
      if (list != null) {
        b.append("\n    ").append(c).append(": ").append(list);
      }
    }
    return b.toString();
  }
}
