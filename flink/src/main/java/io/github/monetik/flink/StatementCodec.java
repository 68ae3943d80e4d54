package io.github.monetik.flink;

import io.github.monetik.affiliate.Affiliate;
import io.github.monetik.affiliate.OrderBatch;
import java.time.LocalDate;
import java.util.Objects;

/** The order batch of an affiliate door as of one day ({@code affiliate.batch(asOf)}, {@code affiliate.batch(form)}). */
final class StatementCodec extends Codec<Affiliate, OrderBatch> {
  private static final long serialVersionUID = 1L;

  private final LocalDate asOf;

  StatementCodec(DoorSupplier<Affiliate> affiliate, LocalDate asOf) {
    super(affiliate);
    this.asOf = Objects.requireNonNull(asOf, "asOf");
  }

  @Override
  String what() {
    return "order batch";
  }

  @Override
  Class<OrderBatch> type() {
    return OrderBatch.class;
  }

  @Override
  OrderBatch create() {
    return door().batch(asOf);
  }

  @Override
  OrderBatch combine(OrderBatch a, OrderBatch b) {
    return a.combine(b);
  }

  @Override
  byte[] toBytes(OrderBatch acc) {
    return acc.toBytes();
  }

  @Override
  OrderBatch restore(byte[] form) {
    return door().batch(form);
  }

  @Override
  Object parameters() {
    return asOf;
  }
}
