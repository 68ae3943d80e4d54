package io.github.monetik.flink;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.util.Objects;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.api.common.typeutils.TypeSerializerSchemaCompatibility;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;
import org.apache.flink.util.InstantiationUtil;
import org.jspecify.annotations.Nullable;

/**
 * Flink's serializer for one of Monetik's core accumulators ({@code GiftSettler},
 * {@code StreakBatch}, {@code IncomeBatch}, {@code OrderBatch}): what window state, checkpoints and savepoints hold. An
 * accumulator is written as its core byte form ({@code toBytes()}), preceded by the form's length as
 * a four-byte int, and read back through its door's validating restore ({@code gifts.settler(form)},
 * {@code streaks.batch(form)}, {@code income.batch(form)}, {@code affiliate.batch(form)}), so a corrupted or foreign state fails
 * with an {@link IllegalArgumentException} naming {@code form}, never as a wrong total later.
 *
 * <p>{@link #copy(Object)} is a deep copy, the restore of the accumulator's bytes: the accumulators
 * are mutable, and Flink's heap state backend copies a state that a running snapshot still holds
 * before it changes it. The serializer holds no per-record state (only the door's recipe and the
 * door it builds once), so {@link #duplicate()} returns this serializer and it is safe to share
 * between threads.
 *
 * <p>Made by the functions of {@link MonetikFlink} ({@link MonetikAggregate#getAccumulatorType()}).
 * Its {@link #snapshotConfiguration() snapshot} carries the door's recipe by Java serialization, so
 * a savepoint restores the serializer with no code of the job: keep the recipe's class (a lambda's
 * capturing class, or better a named class) when you change a job whose savepoints you keep.
 *
 * @param <A> the accumulator's type
 */
public final class AccumulatorSerializer<A> extends TypeSerializer<A> {
  private static final long serialVersionUID = 1L;

  private static final int CHUNK = 1 << 16;

  /** The door's recipe and the accumulator's kind and parameters. */
  private final Codec<?, A> codec;

  AccumulatorSerializer(Codec<?, A> codec) {
    this.codec = Objects.requireNonNull(codec, "codec");
  }

  /** {@return false: the accumulators are mutable} */
  @Override
  public boolean isImmutableType() {
    return false;
  }

  /** {@return this serializer: it holds no state that threads could share wrongly} */
  @Override
  public TypeSerializer<A> duplicate() {
    return this;
  }

  /** {@return a new, empty accumulator of the door} */
  @Override
  public A createInstance() {
    return codec.create();
  }

  /**
   * {@return a deep copy: the accumulator restored from its own bytes}
   *
   * @param from the accumulator to copy
   */
  @Override
  public A copy(A from) {
    return codec.restore(codec.toBytes(from));
  }

  /**
   * {@return a deep copy of {@code from}; the accumulators cannot be reused, so {@code reuse} is ignored}
   *
   * @param from the accumulator to copy
   * @param reuse ignored
   */
  @Override
  public A copy(A from, A reuse) {
    return copy(from);
  }

  /** {@return -1: the length varies} */
  @Override
  public int getLength() {
    return -1;
  }

  /**
   * Writes the accumulator: its form's length, then the form.
   *
   * @param record the accumulator
   * @param target where to write
   * @throws IOException if the target fails
   */
  @Override
  public void serialize(A record, DataOutputView target) throws IOException {
    byte[] form = codec.toBytes(record);
    target.writeInt(form.length);
    target.write(form);
  }

  /**
   * {@return the accumulator read back through the door's validating restore}
   *
   * @param source where to read
   * @throws IOException if the source fails or ends early
   * @throws IllegalArgumentException naming {@code form} if the length is negative or the bytes are
   *     not a valid form of this door (truncated, altered, of another door's rules)
   */
  @Override
  public A deserialize(DataInputView source) throws IOException {
    return codec.restore(readForm(source));
  }

  /**
   * {@return the accumulator read back; {@code reuse} is ignored}
   *
   * @param reuse ignored
   * @param source where to read
   * @throws IOException if the source fails or ends early
   */
  @Override
  public A deserialize(A reuse, DataInputView source) throws IOException {
    return deserialize(source);
  }

  /**
   * Copies one serialized accumulator from a source to a target without restoring it.
   *
   * @param source where to read
   * @param target where to write
   * @throws IOException if either fails
   */
  @Override
  public void copy(DataInputView source, DataOutputView target) throws IOException {
    byte[] form = readForm(source);
    target.writeInt(form.length);
    target.write(form);
  }

  private byte[] readForm(DataInputView source) throws IOException {
    int length = source.readInt();
    if (length < 0) {
      throw new IllegalArgumentException(
          "form (" + codec.what() + ") length must be >= 0, was " + length + ": the serialized state is corrupt");
    }
    // Read in chunks, so a corrupt length cannot allocate more than the stream holds.
    ByteArrayOutputStream form = new ByteArrayOutputStream(Math.min(length, CHUNK));
    byte[] chunk = new byte[Math.min(length, CHUNK)];
    for (int left = length; left > 0; ) {
      int n = Math.min(left, chunk.length);
      try {
        source.readFully(chunk, 0, n);
      } catch (EOFException e) {
        EOFException eof = new EOFException("form (" + codec.what() + ") must have the " + length
            + " bytes its length states, the serialized state ended " + left + " bytes early");
        eof.initCause(e);
        throw eof;
      }
      form.write(chunk, 0, n);
      left -= n;
    }
    return form.toByteArray();
  }

  /** {@return true for a serializer of the same accumulator kind, door recipe and parameters} */
  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof AccumulatorSerializer<?> s && s.codec.equals(codec);
  }

  @Override
  public int hashCode() {
    return codec.hashCode();
  }

  /** {@return a snapshot that carries the door's recipe and restores this serializer} */
  @Override
  public TypeSerializerSnapshot<A> snapshotConfiguration() {
    return new Snapshot<>(codec);
  }

  @Override
  public String toString() {
    return "AccumulatorSerializer[" + codec + "]";
  }

  /**
   * The snapshot of an {@link AccumulatorSerializer}, in checkpoints and savepoints: the
   * accumulator's kind, its door recipe and its parameters, by Java serialization. It restores the
   * serializer; a restored serializer is compatible as is with one of the same accumulator kind,
   * and the door's rules are checked when the state itself is read (a form written under other
   * rules is refused, naming {@code form}). Not thread-safe while it is being read; immutable
   * afterwards.
   *
   * @param <A> the accumulator's type
   */
  public static final class Snapshot<A> implements TypeSerializerSnapshot<A> {
    private static final int VERSION = 1;

    private @Nullable Codec<?, A> codec;

    /** A snapshot to be read ({@link #readSnapshot}); Flink makes it by reflection. */
    public Snapshot() {}

    Snapshot(Codec<?, A> codec) {
      this.codec = codec;
    }

    /** {@return the version of this snapshot's layout, 1} */
    @Override
    public int getCurrentVersion() {
      return VERSION;
    }

    /**
     * Writes the codec (kind, recipe, parameters) as its Java serialization, length-prefixed.
     *
     * @param out where to write
     * @throws IOException if the recipe cannot be serialized or the target fails
     */
    @Override
    public void writeSnapshot(DataOutputView out) throws IOException {
      byte[] bytes = InstantiationUtil.serializeObject(codec());
      out.writeInt(bytes.length);
      out.write(bytes);
    }

    /**
     * Reads the codec back.
     *
     * @param readVersion the version written
     * @param in where to read
     * @param userCodeClassLoader the job's class loader, which knows the recipe's class
     * @throws IOException if the version is unknown, the bytes are corrupt or a class is missing
     */
    @Override
    public void readSnapshot(int readVersion, DataInputView in, ClassLoader userCodeClassLoader) throws IOException {
      if (readVersion != VERSION) {
        throw new IOException("readVersion must be " + VERSION + " (a Monetik accumulator serializer snapshot), was "
            + readVersion);
      }
      int length = in.readInt();
      if (length < 0) {
        throw new IOException("snapshot length must be >= 0, was " + length);
      }
      byte[] bytes = new byte[length];
      in.readFully(bytes);
      Object o;
      try {
        o = InstantiationUtil.deserializeObject(bytes, userCodeClassLoader);
      } catch (ClassNotFoundException e) {
        throw new IOException("the snapshot's door recipe class must be on the job's class path, was missing: "
            + e.getMessage(), e);
      }
      if (!(o instanceof Codec<?, ?>)) {
        throw new IOException("snapshot must hold a Monetik accumulator codec, held "
            + (o == null ? "null" : o.getClass().getName()));
      }
      @SuppressWarnings("unchecked")
      Codec<?, A> c = (Codec<?, A>) o;
      this.codec = c;
    }

    /** {@return the serializer this snapshot describes} */
    @Override
    public TypeSerializer<A> restoreSerializer() {
      return new AccumulatorSerializer<>(codec());
    }

    /**
     * {@return compatible as is if the old snapshot is of the same accumulator kind (settler,
     *     streak batch, income batch), else incompatible}
     *
     * @param oldSerializerSnapshot the snapshot the state was written with
     */
    @Override
    public TypeSerializerSchemaCompatibility<A> resolveSchemaCompatibility(
        TypeSerializerSnapshot<A> oldSerializerSnapshot) {
      if (oldSerializerSnapshot instanceof Snapshot<?> old && old.codec != null
          && old.codec.getClass() == codec().getClass()) {
        return TypeSerializerSchemaCompatibility.compatibleAsIs();
      }
      return TypeSerializerSchemaCompatibility.incompatible();
    }

    private Codec<?, A> codec() {
      Codec<?, A> c = codec;
      if (c == null) {
        throw new IllegalStateException("snapshot must be read (readSnapshot) before use");
      }
      return c;
    }
  }
}
