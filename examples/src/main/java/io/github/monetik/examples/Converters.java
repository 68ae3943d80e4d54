package io.github.monetik.examples;

import io.github.monetik.examples.overlay.Goal;
import io.github.monetik.examples.overlay.OverlayOptions;
import io.github.monetik.examples.overlay.Speed;
import io.github.monetik.money.Coins;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The examples' option types beyond picocli's own, each with the message a user reads: what was
 * expected and what was given. The message leaves out the option's name (one converter serves several
 * options); {@link Main} puts it in front, so the line reads {@code --now must be an ISO-8601 instant
 * ..., was 'soon'}.
 */
final class Converters {
  private Converters() {}

  /** A value that is not of its option's type; the message says what it must be and what it was. */
  static final class Invalid extends TypeConversionException {
    private static final long serialVersionUID = 1L;

    Invalid(String message) {
      super(message);
    }
  }

  /** A positive whole number of coins: {@code 1000} or {@code 1,000}. */
  static final class CoinAmount implements ITypeConverter<Coins> {
    @Override
    public Coins convert(String text) {
      Coins coins;
      try {
        coins = Coins.parse(text);
      } catch (IllegalArgumentException e) {
        throw new Invalid("must be a whole number of coins such as 1000 or 1,000, was '" + text + "'");
      }
      if (coins.isZero()) {
        throw new Invalid("must be at least 1 coin, was '" + text + "'");
      }
      return coins;
    }
  }

  /** A time zone: {@code Europe/Berlin}, {@code UTC}, {@code +02:00}. */
  static final class Zone implements ITypeConverter<ZoneId> {
    @Override
    public ZoneId convert(String text) {
      try {
        return ZoneId.of(text);
      } catch (DateTimeException e) {
        throw new Invalid("must be a time zone such as Europe/Berlin or UTC, was '" + text + "'");
      }
    }
  }

  /** An ISO-8601 instant: {@code 2024-09-01T12:00:00Z}. */
  static final class Moment implements ITypeConverter<Instant> {
    @Override
    public Instant convert(String text) {
      try {
        return Instant.parse(text);
      } catch (DateTimeException e) {
        throw new Invalid("must be an ISO-8601 instant such as 2024-09-01T12:00:00Z, was '" + text + "'");
      }
    }
  }

  /** An ISO-8601 date: {@code 2024-06-01}. */
  static final class Day implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String text) {
      try {
        return LocalDate.parse(text);
      } catch (DateTimeException e) {
        throw new Invalid("must be a date such as 2024-06-01, was '" + text + "'");
      }
    }
  }

  /** Any whole number, {@code _} allowed between digits: {@code 3_000_000}. */
  static final class Whole implements ITypeConverter<Long> {
    @Override
    public Long convert(String text) {
      try {
        return Long.parseLong(text.replace("_", ""));
      } catch (NumberFormatException e) {
        throw new Invalid("must be a whole number, was '" + text + "'");
      }
    }
  }

  /** A whole number of at least 1, {@code _} allowed between digits. */
  static final class Positive implements ITypeConverter<Long> {
    @Override
    public Long convert(String text) {
      long n = new Whole().convert(text);
      if (n < 1) {
        throw new Invalid("must be >= 1, was " + n);
      }
      return n;
    }
  }

  /** The overlay's replay speed: {@code 1}, {@code 60}, {@code 60x} or {@code max}. */
  static final class ReplaySpeed implements ITypeConverter<Speed> {
    @Override
    public Speed convert(String text) {
      try {
        return Speed.parse(text);
      } catch (IllegalArgumentException e) {
        throw new Invalid(e.getMessage()); // names --speed already
      }
    }
  }

  /** The overlay's goal: {@code 10} or {@code USD 10} (creator cash), {@code 5000 coins}, {@code 2500 diamonds}. */
  static final class OverlayGoal implements ITypeConverter<Goal> {
    @Override
    public Goal convert(String text) {
      try {
        return Goal.parse(text, OverlayOptions.currency());
      } catch (IllegalArgumentException e) {
        throw new Invalid(e.getMessage()); // names --goal already
      }
    }
  }
}
