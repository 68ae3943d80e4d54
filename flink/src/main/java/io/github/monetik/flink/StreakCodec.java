package io.github.monetik.flink;

import io.github.monetik.streaks.StreakBatch;
import io.github.monetik.streaks.Streaks;
import java.time.Instant;
import java.util.Objects;

/** The streak batch of a streaks door at one instant ({@code streaks.batch(now)}, {@code streaks.batch(form)}). */
final class StreakCodec extends Codec<Streaks, StreakBatch> {
  private static final long serialVersionUID = 1L;

  private final Instant now;

  StreakCodec(DoorSupplier<Streaks> streaks, Instant now) {
    super(streaks);
    this.now = Objects.requireNonNull(now, "now");
  }

  @Override
  String what() {
    return "streak batch";
  }

  @Override
  Class<StreakBatch> type() {
    return StreakBatch.class;
  }

  @Override
  StreakBatch create() {
    return door().batch(now);
  }

  @Override
  StreakBatch combine(StreakBatch a, StreakBatch b) {
    return a.combine(b);
  }

  @Override
  byte[] toBytes(StreakBatch acc) {
    return acc.toBytes();
  }

  @Override
  StreakBatch restore(byte[] form) {
    return door().batch(form);
  }

  @Override
  Object parameters() {
    return now;
  }
}
