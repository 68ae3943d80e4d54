package io.github.monetik.spark;

import io.github.monetik.gifts.GiftEvent;
import io.github.monetik.gifts.GiftMessage;
import io.github.monetik.gifts.GiftSettler;
import io.github.monetik.gifts.Gifts;
import io.github.monetik.income.Income;
import io.github.monetik.income.IncomeBatch;
import io.github.monetik.income.IncomeEntry;
import io.github.monetik.income.IncomeStream;
import io.github.monetik.money.Money;
import io.github.monetik.report.Rows;
import io.github.monetik.streaks.Interaction;
import io.github.monetik.streaks.InteractionKind;
import io.github.monetik.streaks.StreakBatch;
import io.github.monetik.streaks.Streaks;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.types.DataTypes;

/** The Monetik aggregations Spark runs: gift settlement and earnings, streaks, income. */
final class Domains {
  private Domains() {}

  /** The recorded gift CSV's columns, as {@code monetik-io} reads them, with Spark types. */
  static final List<Domain.Column> GIFT_COLUMNS = List.of(
      new Domain.Column("timestamp", DataTypes.TimestampType, false),
      new Domain.Column("host", DataTypes.StringType, false),
      new Domain.Column("message_id", DataTypes.LongType, false),
      new Domain.Column("sender_id", DataTypes.StringType, false),
      new Domain.Column("sender_name", DataTypes.StringType, true),
      new Domain.Column("gift_id", DataTypes.LongType, false),
      new Domain.Column("gift_name", DataTypes.StringType, true),
      new Domain.Column("coins_per_gift", DataTypes.LongType, false),
      new Domain.Column("gift_type", DataTypes.IntegerType, false),
      new Domain.Column("repeat_count", DataTypes.IntegerType, false),
      new Domain.Column("repeat_end", DataTypes.IntegerType, false),
      new Domain.Column("group_id", DataTypes.LongType, false));

  /** Streak interactions, as {@code monetik-io}'s CSV: {@code to} lists a group's others joined by {@code +}. */
  static final List<Domain.Column> INTERACTION_COLUMNS = List.of(
      new Domain.Column("timestamp", DataTypes.TimestampType, false),
      new Domain.Column("from", DataTypes.StringType, false),
      new Domain.Column("to", DataTypes.StringType, false),
      new Domain.Column("kind", DataTypes.StringType, false));

  /** Income entries: the stream and kind by name, the month as {@code yyyy-MM}, the amount exact. */
  static final List<Domain.Column> INCOME_COLUMNS = List.of(
      new Domain.Column("stream", DataTypes.StringType, false),
      new Domain.Column("month", DataTypes.StringType, false),
      new Domain.Column("kind", DataTypes.StringType, false),
      new Domain.Column("amount", DataTypes.createDecimalType(38, 18), false),
      new Domain.Column("currency", DataTypes.StringType, false));

  /** Settles gift messages per group; the result is the snapshot's summary or its earnings per minute. */
  static final class GiftSettlement extends Domain<Gifts, GiftSettler> {
    private static final long serialVersionUID = 1L;
    private final boolean earnings;

    GiftSettlement(DoorSupplier<Gifts> door, boolean earnings) {
      super(earnings ? "monetik_earnings" : "monetik_settlement", door, GIFT_COLUMNS);
      this.earnings = earnings;
    }

    @Override
    GiftSettler zero() {
      return door().settler();
    }

    @Override
    void add(GiftSettler s, Cells c) {
      // A message object per row: a few fields, gone at once; no state kept between rows.
      s.accept(new GiftMessage().epochMilli(c.epochMilli(0)).hostId(c.text(1)).messageId(c.count(2))
          .senderId(c.text(3)).senderName(c.optionalText(4)).giftId(c.count(5)).giftName(c.optionalText(6))
          .coinsPerGift(c.count(7)).repeatable(GiftEvent.isRepeatableType(c.intCount(8))).repeatCount(c.intCount(9))
          .repeatEnd(c.flag(10)).groupId(c.count(11)));
    }

    @Override
    GiftSettler combine(GiftSettler left, GiftSettler right) {
      return left.combine(right);
    }

    @Override
    byte[] toBytes(GiftSettler s) {
      return s.toBytes();
    }

    @Override
    GiftSettler restore(byte[] form) {
      return door().settler(form);
    }

    @Override
    Rows result(GiftSettler s) {
      return earnings ? s.snapshot().earnings().rows() : s.snapshot().rows();
    }
  }

  /** Streak reports of interactions, as of an instant. */
  static final class StreakReports extends Domain<Streaks, StreakBatch> {
    private static final long serialVersionUID = 1L;
    private final Instant now;

    StreakReports(DoorSupplier<Streaks> door, Instant now) {
      super("monetik_streaks", door, INTERACTION_COLUMNS);
      this.now = now;
    }

    @Override
    StreakBatch zero() {
      return door().batch(now);
    }

    @Override
    void add(StreakBatch b, Cells c) {
      b.add(Interaction.inGroup(c.text(1), Arrays.asList(c.text(2).split("\\+", -1)), kind(c.text(3)),
          Instant.ofEpochMilli(c.epochMilli(0))));
    }

    private static InteractionKind kind(String text) {
      try {
        return InteractionKind.parse(text);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("column kind must be an interaction kind: " + e.getMessage(), e);
      }
    }

    @Override
    StreakBatch combine(StreakBatch left, StreakBatch right) {
      return left.combine(right);
    }

    @Override
    byte[] toBytes(StreakBatch b) {
      return b.toBytes();
    }

    @Override
    StreakBatch restore(byte[] form) {
      return door().batch(form);
    }

    @Override
    Rows result(StreakBatch b) {
      return b.report().rows();
    }
  }

  /** Income reports of entries in one currency. */
  static final class IncomeReports extends Domain<Income, IncomeBatch> {
    private static final long serialVersionUID = 1L;
    private final Currency currency;

    IncomeReports(DoorSupplier<Income> door, Currency currency) {
      super("monetik_income", door, INCOME_COLUMNS);
      this.currency = currency;
    }

    @Override
    IncomeBatch zero() {
      return door().batch(currency);
    }

    @Override
    void add(IncomeBatch b, Cells c) {
      b.add(IncomeEntry.of(named(IncomeStream.class, "stream", c.text(0)), month(c.text(1)),
          Money.of(c.amount(3), currency(c.text(4))), named(IncomeEntry.Kind.class, "kind", c.text(2))));
    }

    private static <E extends Enum<E>> E named(Class<E> type, String column, String text) {
      try {
        return Enum.valueOf(type, text.trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("column " + column + " must be one of " + Arrays.toString(type.getEnumConstants())
            + ", was '" + text + "'", e);
      }
    }

    private static YearMonth month(String text) {
      try {
        return YearMonth.parse(text.trim());
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("column month must be a month as yyyy-MM, was '" + text + "'", e);
      }
    }

    private static Currency currency(String code) {
      try {
        return Currency.getInstance(code.trim());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("column currency must be an ISO 4217 code, was '" + code + "'", e);
      }
    }

    @Override
    IncomeBatch combine(IncomeBatch left, IncomeBatch right) {
      return left.combine(right);
    }

    @Override
    byte[] toBytes(IncomeBatch b) {
      return b.toBytes();
    }

    @Override
    IncomeBatch restore(byte[] form) {
      return door().batch(form);
    }

    @Override
    Rows result(IncomeBatch b) {
      return b.report().rows();
    }
  }
}
