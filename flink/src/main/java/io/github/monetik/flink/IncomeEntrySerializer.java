package io.github.monetik.flink;

import io.github.monetik.income.IncomeEntry;
import io.github.monetik.income.IncomeStream;
import io.github.monetik.money.Money;
import java.io.IOException;
import java.time.YearMonth;
import org.apache.flink.api.common.typeutils.SimpleTypeSerializerSnapshot;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;

/**
 * Flink's serializer for {@link IncomeEntry}, field by field: the stream and the kind (by name), the
 * month (year, month), and the amount as its exact plain decimal text and currency code (never a
 * {@code double}). Reading rebuilds the entry through {@link Money#of(String, String)} and
 * {@link IncomeEntry#of}, so a corrupt stream fails with an {@link IllegalArgumentException} naming
 * the field (an unknown stream, kind or currency, a month out of range, an amount whose sign does
 * not fit the kind) rather than handing on an entry no caller could have made. Stateless and
 * thread-safe; see {@link MonetikTypes#incomeEntry()}.
 */
public final class IncomeEntrySerializer extends ValueSerializer<IncomeEntry> {
  private static final long serialVersionUID = 1L;

  static final IncomeEntrySerializer INSTANCE = new IncomeEntrySerializer();

  private static final IncomeEntry PLACEHOLDER =
      IncomeEntry.earned(IncomeStream.LIVE_GIFTS, YearMonth.of(2000, 1), Money.of("0", "USD"));

  IncomeEntrySerializer() {}

  @Override
  String what() {
    return "IncomeEntry";
  }

  /** {@return a placeholder: USD 0 earned from LIVE gifts in January 2000} */
  @Override
  public IncomeEntry createInstance() {
    return PLACEHOLDER;
  }

  /**
   * Writes an entry.
   *
   * @param e the entry
   * @param out where to write
   * @throws IOException if the target fails
   */
  @Override
  public void serialize(IncomeEntry e, DataOutputView out) throws IOException {
    writeText(e.stream().name(), out);
    writeText(e.kind().name(), out);
    out.writeInt(e.month().getYear());
    out.writeByte(e.month().getMonthValue());
    writeText(e.amount().amount().toPlainString(), out);
    writeText(e.amount().currency().getCurrencyCode(), out);
  }

  /**
   * {@return the entry read, rebuilt and checked by its factories}
   *
   * @param in where to read
   * @throws IOException if the source fails or ends early
   * @throws IllegalArgumentException naming the field if the bytes break one of the entry's rules
   */
  @Override
  public IncomeEntry deserialize(DataInputView in) throws IOException {
    IncomeStream stream = constant(IncomeStream.class, IncomeStream.values(), readText(in, "stream"), "stream");
    IncomeEntry.EntryType kind = constant(IncomeEntry.EntryType.class, IncomeEntry.EntryType.values(), readText(in, "kind"), "kind");
    int year = in.readInt();
    int month = in.readUnsignedByte();
    if (year < -999_999_999 || year > 999_999_999) {
      throw invalid("month year", "in [-999999999, 999999999]", year);
    }
    if (month < 1 || month > 12) {
      throw invalid("month month", "in [1, 12]", month);
    }
    String amount = readText(in, "amount");
    String currency = readText(in, "currency");
    try {
      return IncomeEntry.of(stream, YearMonth.of(year, month), Money.of(amount, currency), kind);
    } catch (IllegalArgumentException e) {
      throw invalid(e);
    }
  }

  /** {@return the snapshot that restores this serializer} */
  @Override
  public TypeSerializerSnapshot<IncomeEntry> snapshotConfiguration() {
    return new Snapshot();
  }

  /** The snapshot of {@link IncomeEntrySerializer} (the layout has one version; nothing to configure); immutable. */
  public static final class Snapshot extends SimpleTypeSerializerSnapshot<IncomeEntry> {
    /** Makes the snapshot; Flink calls it by reflection. */
    public Snapshot() {
      super(() -> INSTANCE);
    }
  }
}
