package io.github.monetik.coins;

import io.github.monetik.internal.MonetikStyle;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

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
@Value.Immutable
@MonetikStyle
public abstract class CoinPrices {
  CoinPrices() {}

  /** {@return a builder; the name and at least one ladder are required} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link CoinPrices}; {@code build()} checks the fields and names a bad one. */
  public static final class Builder extends ImmutableCoinPrices.Builder {
    Builder() {}
  }

  /** {@return the market, for example {@code US (USD)}} */
  public abstract String name();

  /** {@return the price list of each channel that sells coins in this market} */
  public abstract Map<Channel, CoinPriceList> ladders();

  /**
   * {@return a copy with that name}
   *
   * @param name the market's name
   */
  public abstract CoinPrices withName(String name);

  /**
   * {@return its price list, or empty if this market has none for it}
   *
   * @param channel a channel
   * @throws NullPointerException if {@code channel} is null
   */
  public Optional<CoinPriceList> ladder(Channel channel) {
    return Optional.ofNullable(ladders().get(Objects.requireNonNull(channel, "channel")));
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
    all.put(Objects.requireNonNull(channel, "channel"), Objects.requireNonNull(ladder, "ladder"));
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
