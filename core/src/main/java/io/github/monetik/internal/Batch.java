package io.github.monetik.internal;

import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * What the batches of every domain share (orders, income entries, interactions): a batch belongs to
 * a door, combines only with another batch of an equal door, and once combined into another batch
 * it is spent: every later use says so instead of counting twice. Not thread-safe, like the batches.
 *
 * @param <B> the batch type
 */
public abstract class Batch<B extends Batch<B>> {
  private final String name;
  private final Object door;
  private @Nullable String spent;

  /**
   * A batch of a door.
   *
   * @param name what the batch is called in messages ({@code "income batch"})
   * @param door the door that made it; batches combine only with batches of an equal door
   */
  protected Batch(String name, Object door) {
    this.name = name;
    this.door = door;
  }

  /**
   * Refuses a spent batch.
   *
   * @throws IllegalStateException if the batch was combined into another one, or is damaged
   */
  protected final void usable() {
    String why = spent == null ? damage() : spent;
    if (why != null) {
      throw new IllegalStateException("this " + name + " must not be used any more: " + why);
    }
  }

  /** {@return why the batch can't be used though it was never combined into another, or null if it can} */
  protected @Nullable String damage() {
    return null;
  }

  /** {@return true if the batch was combined into another one or is damaged} */
  protected final boolean isSpent() {
    return spent != null || damage() != null;
  }

  /**
   * {@return {@code other}, checked for combining into this batch}
   *
   * @param other the batch to combine into this one
   * @param door what an equal door is, for the message
   * @throws NullPointerException naming {@code other} if it is null
   * @throws IllegalArgumentException naming {@code other} if it is this batch or one of another door
   * @throws IllegalStateException if either batch is spent
   */
  protected final B combinable(@Nullable B other, Supplier<String> door) {
    B checked = Checks.notNull(other, "other");
    usable();
    Checks.another(this, checked);
    checked.usable();
    Checks.sameDoor(this.door, ((Batch<?>) checked).door, door);
    return checked;
  }

  /**
   * Marks {@code other} spent: it was combined into this batch.
   *
   * @param other the batch combined into this one
   */
  protected final void spend(Batch<?> other) {
    other.spent = "it was combined into another batch";
  }
}
