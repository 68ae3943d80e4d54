package io.github.monetik.flink;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.flink.api.common.serialization.SerializerConfigImpl;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;

/** Serializer round trips for the tests. */
final class Ser {
  private Ser() {}

  /** {@return the serializer of a type, made as Flink makes it, with generic types disabled} */
  static <T> TypeSerializer<T> of(TypeInformation<T> type) {
    SerializerConfigImpl config = new SerializerConfigImpl();
    config.setGenericTypes(false);
    return type.createSerializer(config);
  }

  /** {@return the bytes Flink writes for a value} */
  static <T> byte[] write(TypeSerializer<T> s, T value) {
    try {
      DataOutputSerializer out = new DataOutputSerializer(64);
      s.serialize(value, out);
      return out.getCopyOfBuffer();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@return the value read back from bytes; all of them must be read} */
  static <T> T read(TypeSerializer<T> s, byte[] bytes) throws IOException {
    DataInputDeserializer in = new DataInputDeserializer(bytes);
    T value = s.deserialize(in);
    if (in.available() != 0) {
      throw new AssertionError(in.available() + " bytes left unread");
    }
    return value;
  }

  /** {@return the value after a round trip} */
  static <T> T roundTrip(TypeSerializer<T> s, T value) {
    try {
      return read(s, write(s, value));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
