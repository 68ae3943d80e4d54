package io.github.monetik.flink;

import java.io.IOException;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;
import org.apache.flink.types.StringValue;
import org.jspecify.annotations.Nullable;

/**
 * What the serializers of Monetik's immutable input values share: the value is immutable, so a copy
 * is the value itself, and reading rebuilds it through its public factory or builder, which checks
 * every field; a stream whose bytes break a field's rule fails with an
 * {@link IllegalArgumentException} naming the value's type and the field. Stateless and safe to
 * share between threads.
 *
 * @param <T> the value's type
 */
abstract class ValueSerializer<T> extends TypeSerializer<T> {
  private static final long serialVersionUID = 1L;

  ValueSerializer() {}

  /** {@return the value's type name in messages} */
  abstract String what();

  /** {@return true: the values are immutable} */
  @Override
  public final boolean isImmutableType() {
    return true;
  }

  /** {@return this serializer: it holds no state} */
  @Override
  public final TypeSerializer<T> duplicate() {
    return this;
  }

  /**
   * {@return the value itself: it is immutable}
   *
   * @param from the value
   */
  @Override
  public final T copy(T from) {
    return from;
  }

  /**
   * {@return the value itself: it is immutable}
   *
   * @param from the value
   * @param reuse ignored
   */
  @Override
  public final T copy(T from, T reuse) {
    return from;
  }

  /** {@return -1: the length varies} */
  @Override
  public final int getLength() {
    return -1;
  }

  /**
   * {@return the value read; {@code reuse} is ignored (the values are immutable)}
   *
   * @param reuse ignored
   * @param source where to read
   * @throws IOException if the source fails or ends early
   */
  @Override
  public final T deserialize(T reuse, DataInputView source) throws IOException {
    return deserialize(source);
  }

  /**
   * Copies one value from a source to a target, checking it on the way.
   *
   * @param source where to read
   * @param target where to write
   * @throws IOException if either fails
   */
  @Override
  public final void copy(DataInputView source, DataOutputView target) throws IOException {
    serialize(deserialize(source), target);
  }

  /** {@return true for a serializer of the same class} */
  @Override
  @SuppressWarnings("EqualsGetClass") // each subclass is its own value type: equal only to itself
  public final boolean equals(@Nullable Object obj) {
    return obj != null && obj.getClass() == getClass();
  }

  @Override
  public final int hashCode() {
    return getClass().hashCode();
  }

  @Override
  public final String toString() {
    return getClass().getSimpleName();
  }

  /** {@return a failure naming the value's type, the field and what it must be} */
  final IllegalArgumentException invalid(String field, String expected, @Nullable Object was) {
    return new IllegalArgumentException("serialized " + what() + " field " + field + " must be " + expected + ", was "
        + (was instanceof String ? "'" + was + "'" : String.valueOf(was)));
  }

  /** {@return a rule of the value broken by the bytes, with the value's type in front} */
  final IllegalArgumentException invalid(IllegalArgumentException e) {
    return new IllegalArgumentException("serialized " + what() + " is invalid: " + e.getMessage(), e);
  }

  /** Writes a text that is never null. */
  static void writeText(String s, DataOutputView out) throws IOException {
    StringValue.writeString(s, out);
  }

  /** Writes a text or null. */
  static void writeNullable(@Nullable String s, DataOutputView out) throws IOException {
    StringValue.writeString(s, out);
  }

  /** {@return a text that must be present} */
  final String readText(DataInputView in, String field) throws IOException {
    String s = StringValue.readString(in);
    if (s == null) {
      throw invalid(field, "present", null);
    }
    return s;
  }

  /** {@return a text that may be null (written by {@link #writeNullable})} */
  static @Nullable String readNullable(DataInputView in) throws IOException {
    return StringValue.readString(in);
  }

  /** {@return the constant of that name, or a failure naming the field and every constant} */
  final <E extends Enum<E>> E constant(Class<E> type, E[] values, String name, String field) {
    for (E v : values) {
      if (v.name().equals(name)) {
        return v;
      }
    }
    throw invalid(field, "one of " + java.util.Arrays.toString(values) + " (" + type.getSimpleName() + ")", name);
  }
}
