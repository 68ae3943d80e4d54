package io.github.monetik.spark;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.KryoSerializable;
import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.io.Output;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.Arrays;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The aggregation buffer of every Monetik aggregator: a core accumulator (a gift settler, a streak
 * batch, an income batch) while it is being fed, and its compact, versioned byte form (the core's
 * {@code toBytes()}) while Spark ships it between machines. Spark encodes it as a bean with one
 * binary column, {@code form}; the aggregator turns the bytes back into the accumulator through the
 * door's validating restore, so a buffer crafted or damaged on the way is refused, never misread.
 * Java serialization and Kryo (Spark's {@code KryoSerializer}) write the same form.
 *
 * <p>Not thread-safe; Spark gives each task its own buffers.
 */
public final class Partial implements Serializable, KryoSerializable {
  private static final long serialVersionUID = 1L;
  /** The longest form a Kryo stream may state (a crafted length must not allocate gigabytes). */
  public static final int MAX_FORM = 1 << 29;

  private transient @Nullable Object state;
  private transient @Nullable Function<Object, byte[]> writer;
  /** @serial the accumulator's byte form, or null before one is set */
  private byte @Nullable [] form;

  /** An empty buffer, as Spark's bean decoder makes it before {@link #setForm(byte[])}. */
  public Partial() {}

  static Partial of(Object state, Function<Object, byte[]> writer) {
    Partial p = new Partial();
    p.state = state;
    p.writer = writer;
    return p;
  }

  /** {@return the accumulator's byte form (written now if the buffer holds a live accumulator), or null if unset} */
  public byte @Nullable [] getForm() {
    Object s = state;
    Function<Object, byte[]> w = writer;
    if (s != null && w != null) {
      form = w.apply(s);
    }
    return form == null ? null : Arrays.copyOf(form, form.length);
  }

  /**
   * Sets the byte form, dropping any live accumulator: what Spark's decoder calls.
   *
   * @param form the bytes, or null
   */
  public void setForm(byte @Nullable [] form) {
    this.form = form == null ? null : Arrays.copyOf(form, form.length);
    this.state = null;
  }

  /** {@return the live accumulator, restored from the form by {@code restore} the first time} */
  @SuppressWarnings("unchecked")
  <S> S state(Function<byte[], S> restore, Function<Object, byte[]> writer) {
    Object s = state;
    if (s == null) {
      byte[] f = form;
      if (f == null) {
        throw new IllegalArgumentException("buffer must hold an accumulator or its form, was empty");
      }
      s = restore.apply(f);
      state = s;
      form = null;
      this.writer = writer;
    }
    return (S) s;
  }

  /**
   * Writes the live accumulator as its form.
   *
   * @serialData the default fields: {@code form}, written from the live accumulator first
   * @param out the stream
   * @throws IOException if the stream fails
   */
  private void writeObject(ObjectOutputStream out) throws IOException {
    getForm(); // the live accumulator travels as its form
    out.defaultWriteObject();
  }

  /**
   * Writes the byte form for Kryo.
   *
   * @param kryo the Kryo instance
   * @param output where to write
   */
  @Override
  public void write(Kryo kryo, Output output) {
    byte[] f = getForm();
    output.writeVarInt(f == null ? 0 : f.length + 1, true);
    if (f != null) {
      output.writeBytes(f);
    }
  }

  /**
   * Reads the byte form back for Kryo (checked when the aggregator restores it).
   *
   * @param kryo the Kryo instance
   * @param input where to read
   * @throws IllegalArgumentException if the stated length is beyond {@value #MAX_FORM} bytes
   */
  @Override
  public void read(Kryo kryo, Input input) {
    int n = input.readVarInt(true);
    if (n < 0 || n - 1 > MAX_FORM) {
      throw new IllegalArgumentException("buffer form length must be in [0, " + MAX_FORM + "], was " + (n - 1));
    }
    setForm(n == 0 ? null : input.readBytes(n - 1));
  }

  @Override
  public String toString() {
    return state != null ? "Partial[" + state + "]" : "Partial[" + (form == null ? "empty" : form.length + " bytes") + "]";
  }
}
