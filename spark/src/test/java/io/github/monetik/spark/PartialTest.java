package io.github.monetik.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.monetik.Monetik;
import io.github.monetik.gifts.GiftEvent;
import io.github.monetik.gifts.GiftSettler;
import io.github.monetik.gifts.Gifts;
import java.nio.ByteBuffer;
import java.util.List;
import org.apache.spark.SparkConf;
import org.apache.spark.serializer.KryoSerializer;
import org.apache.spark.serializer.SerializerInstance;
import org.junit.jupiter.api.Test;
import scala.reflect.ClassTag$;

/** The buffer Spark ships: Java serialization and Spark's Kryo carry the core's form, checked on restore. */
class PartialTest {
  private static final Gifts GIFTS = Monetik.defaults().gifts();

  private static GiftSettler fed(List<GiftEvent> events) {
    GiftSettler s = GIFTS.settler();
    events.forEach(s::accept);
    return s;
  }

  private static GiftSettler restored(Partial p) {
    return p.state(GIFTS::settler, s -> ((GiftSettler) s).toBytes());
  }

  @Test
  void javaSerializationAndKryoCarryTheAccumulatorExactly() {
    List<GiftEvent> events = Messages.rooms(3, 2, 200);
    GiftSettler s = fed(events);
    Partial p = Partial.of(s, x -> ((GiftSettler) x).toBytes());
    SerializerInstance kryo = new KryoSerializer(new SparkConf()).newInstance();
    ByteBuffer bytes = kryo.serialize(p, ClassTag$.MODULE$.apply(Partial.class));
    Partial viaKryo = kryo.deserialize(bytes, ClassTag$.MODULE$.apply(Partial.class));
    Partial viaJava = AggregationLawsPropertiesTest.ship(p);
    assertThat(restored(viaKryo).snapshot()).isEqualTo(s.snapshot());
    assertThat(restored(viaJava).snapshot()).isEqualTo(s.snapshot());
    assertThat(restored(viaKryo).toBytes()).isEqualTo(s.toBytes());
  }

  @Test
  void aDamagedFormIsRefusedNamingTheForm() {
    byte[] form = fed(Messages.rooms(4, 1, 50)).toBytes();
    form[form.length / 2] ^= 0x5A;
    Partial p = new Partial();
    p.setForm(java.util.Arrays.copyOf(form, form.length - 3));
    assertThatThrownBy(() -> restored(p)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("form");
  }

  @Test
  void anEmptyBufferIsRefused() {
    assertThatThrownBy(() -> restored(new Partial())).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("buffer must hold an accumulator or its form, was empty");
  }

  @Test
  void aKryoStreamStatingAHugeFormIsRefusedBeforeAllocating() {
    com.esotericsoftware.kryo.io.Output out = new com.esotericsoftware.kryo.io.Output(16);
    out.writeVarInt(Integer.MAX_VALUE, true);
    com.esotericsoftware.kryo.io.Input in = new com.esotericsoftware.kryo.io.Input(out.toBytes());
    assertThatThrownBy(() -> new Partial().read(null, in)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("buffer form length must be in [0, 536870912]");
  }
}
