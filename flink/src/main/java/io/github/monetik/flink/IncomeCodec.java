package io.github.monetik.flink;

import io.github.monetik.income.Income;
import io.github.monetik.income.IncomeBatch;
import java.util.Currency;
import java.util.Objects;

/** The income batch of an income door in one currency ({@code income.batch(currency)}, {@code income.batch(form)}). */
final class IncomeCodec extends Codec<Income, IncomeBatch> {
  private static final long serialVersionUID = 1L;

  private final Currency currency;

  IncomeCodec(DoorSupplier<Income> income, Currency currency) {
    super(income);
    this.currency = Objects.requireNonNull(currency, "currency");
  }

  @Override
  String what() {
    return "income batch";
  }

  @Override
  Class<IncomeBatch> type() {
    return IncomeBatch.class;
  }

  @Override
  IncomeBatch create() {
    return door().batch(currency);
  }

  @Override
  IncomeBatch combine(IncomeBatch a, IncomeBatch b) {
    return a.combine(b);
  }

  @Override
  byte[] toBytes(IncomeBatch acc) {
    return acc.toBytes();
  }

  @Override
  IncomeBatch restore(byte[] form) {
    return door().batch(form);
  }

  @Override
  Object parameters() {
    return currency;
  }
}
