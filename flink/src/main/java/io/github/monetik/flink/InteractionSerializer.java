package io.github.monetik.flink;

import io.github.monetik.streaks.Interaction;
import io.github.monetik.streaks.InteractionKind;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.typeutils.SimpleTypeSerializerSnapshot;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;

/**
 * Flink's serializer for {@link Interaction}, field by field: who acted, how many others and their
 * ids, the kind (its {@linkplain InteractionKind#code() code}, so reordering the enum changes
 * nothing) and the instant (seconds and nanoseconds). Reading rebuilds the interaction through
 * {@link Interaction#inGroup}, so a corrupt stream fails with an {@link IllegalArgumentException}
 * naming the field (a blank id, someone with themselves, a group beyond
 * {@value Interaction#MAX_PARTICIPANTS}, an unknown kind, an instant out of range). Stateless and
 * thread-safe; see {@link MonetikTypes#interaction()}.
 */
public final class InteractionSerializer extends ValueSerializer<Interaction> {
  private static final long serialVersionUID = 1L;

  static final InteractionSerializer INSTANCE = new InteractionSerializer();

  private static final Interaction PLACEHOLDER = Interaction.of("-", "--", InteractionKind.MESSAGE, Interaction.EARLIEST);

  InteractionSerializer() {}

  @Override
  String what() {
    return "Interaction";
  }

  /** {@return a placeholder: {@code -} messaging {@code --} at {@link Interaction#EARLIEST}} */
  @Override
  public Interaction createInstance() {
    return PLACEHOLDER;
  }

  /**
   * Writes an interaction.
   *
   * @param i the interaction
   * @param out where to write
   * @throws IOException if the target fails
   */
  @Override
  @SuppressWarnings("JavaInstantGetSecondsGetNano") // seconds and nanos are written together
  public void serialize(Interaction i, DataOutputView out) throws IOException {
    writeText(i.from(), out);
    out.writeInt(i.to().size());
    for (String to : i.to()) {
      writeText(to, out);
    }
    writeText(i.kind().code(), out);
    out.writeLong(i.at().getEpochSecond());
    out.writeInt(i.at().getNano());
  }

  /**
   * {@return the interaction read, rebuilt and checked by {@link Interaction#inGroup}}
   *
   * @param in where to read
   * @throws IOException if the source fails or ends early
   * @throws IllegalArgumentException naming the field if the bytes break one of the interaction's rules
   */
  @Override
  public Interaction deserialize(DataInputView in) throws IOException {
    String from = readText(in, "from");
    int n = in.readInt();
    if (n < 1 || n >= Interaction.MAX_PARTICIPANTS) {
      throw invalid("to count", "in [1, " + (Interaction.MAX_PARTICIPANTS - 1) + "]", n);
    }
    List<String> to = new ArrayList<>(n);
    for (int k = 0; k < n; k++) {
      to.add(readText(in, "to[" + k + "]"));
    }
    String kind = readText(in, "kind");
    long seconds = in.readLong();
    int nanos = in.readInt();
    if (nanos < 0 || nanos > 999_999_999) {
      throw invalid("at nanos", "in [0, 999999999]", nanos);
    }
    if (seconds < Interaction.EARLIEST.getEpochSecond() || seconds >= Interaction.LATEST.getEpochSecond()) {
      throw invalid("at seconds", "in [" + Interaction.EARLIEST.getEpochSecond() + ", "
          + Interaction.LATEST.getEpochSecond() + ")", seconds);
    }
    try {
      return Interaction.inGroup(from, to, InteractionKind.parse(kind), Instant.ofEpochSecond(seconds, nanos));
    } catch (IllegalArgumentException e) {
      throw invalid(e);
    }
  }

  /** {@return the snapshot that restores this serializer} */
  @Override
  public TypeSerializerSnapshot<Interaction> snapshotConfiguration() {
    return new Snapshot();
  }

  /** The snapshot of {@link InteractionSerializer} (the layout has one version; nothing to configure); immutable. */
  public static final class Snapshot extends SimpleTypeSerializerSnapshot<Interaction> {
    /** Makes the snapshot; Flink calls it by reflection. */
    public Snapshot() {
      super(() -> INSTANCE);
    }
  }
}
