package io.github.monetik.flink;

import io.github.monetik.gifts.GiftSettler;
import io.github.monetik.gifts.Gifts;
import java.util.List;

/** The gift settler of a gifts door ({@code gifts.settler()}, {@code gifts.settler(form)}). */
final class GiftCodec extends Codec<Gifts, GiftSettler> {
  private static final long serialVersionUID = 1L;

  GiftCodec(DoorSupplier<Gifts> gifts) {
    super(gifts);
  }

  @Override
  String what() {
    return "gift settler";
  }

  @Override
  Class<GiftSettler> type() {
    return GiftSettler.class;
  }

  @Override
  GiftSettler create() {
    return door().settler();
  }

  @Override
  GiftSettler combine(GiftSettler a, GiftSettler b) {
    return a.combine(b);
  }

  @Override
  byte[] toBytes(GiftSettler acc) {
    return acc.toBytes();
  }

  @Override
  GiftSettler restore(byte[] form) {
    return door().settler(form);
  }

  @Override
  Object parameters() {
    return List.of();
  }
}
