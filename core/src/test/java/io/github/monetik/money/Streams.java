package io.github.monetik.money;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;
import java.io.ObjectStreamConstants;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.function.UnaryOperator;

/** Java serialization for the tests: honest round trips and crafted streams. */
final class Streams {
  private Streams() {}

  /** {@return the object written to a stream} */
  static byte[] write(Object value) {
    return write(value, UnaryOperator.identity());
  }

  /**
   * {@return the object written to a stream, with every object on the way (after its own serial form)
   * replaced by {@code replace}: how an attacker edits a stream}
   */
  static byte[] write(Object value, UnaryOperator<Object> replace) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Replacing out = new Replacing(bytes, replace)) {
      out.writeObject(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** {@return the object read back} */
  static Object read(byte[] stream) throws IOException, ClassNotFoundException {
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(stream))) {
      return in.readObject();
    }
  }

  /** {@return {@code value} written and read back} */
  @SuppressWarnings("unchecked")
  static <T> T roundTrip(T value) {
    try {
      return (T) read(write(value));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * A stream written by hand that builds {@code type} field by field, as the default serialization of
   * a class with a {@code long count} field would (no serial form on the way).
   *
   * @param type the class to build
   * @param count the count field's value, or null for a class descriptor without fields
   * @return the stream
   */
  static byte[] direct(Class<?> type, Long count) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(bytes);
    out.writeShort(ObjectStreamConstants.STREAM_MAGIC);
    out.writeShort(ObjectStreamConstants.STREAM_VERSION);
    out.writeByte(ObjectStreamConstants.TC_OBJECT);
    out.writeByte(ObjectStreamConstants.TC_CLASSDESC);
    out.writeUTF(type.getName());
    out.writeLong(ObjectStreamClass.lookup(type).getSerialVersionUID());
    out.writeByte(ObjectStreamConstants.SC_SERIALIZABLE);
    if (count == null) {
      out.writeShort(0);
    } else {
      out.writeShort(1);
      out.writeByte('J');
      out.writeUTF("count");
    }
    out.writeByte(ObjectStreamConstants.TC_ENDBLOCKDATA);
    out.writeByte(ObjectStreamConstants.TC_NULL); // no serializable superclass
    if (count != null) {
      out.writeLong(count);
    }
    out.flush();
    return bytes.toByteArray();
  }

  private static final class Replacing extends ObjectOutputStream {
    private final UnaryOperator<Object> replace;

    Replacing(OutputStream out, UnaryOperator<Object> replace) throws IOException {
      super(out);
      this.replace = replace;
      enableReplaceObject(true);
    }

    @Override
    protected Object replaceObject(Object obj) {
      return replace.apply(obj);
    }
  }
}
