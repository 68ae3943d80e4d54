package io.github.monetik.flink;

import java.io.Serializable;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One kind of core accumulator as a Flink job needs it: the door's recipe and the accumulator's
 * creation parameters, how to make an empty one, combine two, write one as its core byte form and
 * restore it through the door's validating restore. Serializable (it travels inside functions,
 * serializers and serializer snapshots); the door is built lazily, once per instance and JVM, and
 * kept in a transient field. Thread-safe: the door is immutable, and two threads racing to build it
 * build equal doors.
 *
 * @param <D> the door's type
 * @param <A> the accumulator's type
 */
abstract class Codec<D, A> implements Serializable {
  private static final long serialVersionUID = 1L;

  private final DoorSupplier<D> recipe;
  private transient volatile @Nullable D door;

  Codec(DoorSupplier<D> recipe) {
    this.recipe = Objects.requireNonNull(recipe, "door");
  }

  /** {@return the door, built by the recipe on first use in this JVM} */
  final D door() {
    D d = door;
    if (d == null) {
      d = recipe.get();
      if (d == null) {
        throw new IllegalStateException("door recipe must return a door, returned null: " + recipe);
      }
      door = d;
    }
    return d;
  }

  /** {@return the recipe} */
  final DoorSupplier<D> recipe() {
    return recipe;
  }

  /** {@return the accumulator's name in messages, e.g. {@code "gift settler"}} */
  abstract String what();

  /** {@return the accumulator's class} */
  abstract Class<A> type();

  /** {@return a new, empty accumulator} */
  abstract A create();

  /** {@return {@code a} with everything {@code b} holds, as if {@code b}'s inputs came after {@code a}'s} */
  abstract A combine(A a, A b);

  /** {@return the accumulator's core byte form} */
  abstract byte[] toBytes(A acc);

  /**
   * {@return the accumulator that a form holds, through the door's validating restore}
   *
   * @throws IllegalArgumentException naming {@code form} if the bytes are not a valid form of this door
   */
  abstract A restore(byte[] form);

  /** {@return the creation parameters beside the recipe, for equality and messages} */
  abstract Object parameters();

  @Override
  public final boolean equals(@Nullable Object o) {
    return o instanceof Codec<?, ?> c && c.getClass() == getClass() && c.recipe.equals(recipe)
        && c.parameters().equals(parameters());
  }

  @Override
  public final int hashCode() {
    return Objects.hash(getClass(), recipe, parameters());
  }

  @Override
  public final String toString() {
    return what() + " " + parameters();
  }
}
