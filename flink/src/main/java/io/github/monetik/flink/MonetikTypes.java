package io.github.monetik.flink;

import io.github.monetik.affiliate.Order;
import io.github.monetik.gifts.GiftEvent;
import io.github.monetik.income.IncomeEntry;
import io.github.monetik.report.Rows;
import io.github.monetik.streaks.Interaction;
import java.util.List;
import org.apache.flink.api.common.typeinfo.PrimitiveArrayTypeInfo;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.typeutils.RowTypeInfo;
import org.apache.flink.types.Row;

/**
 * Flink type information for Monetik's inputs and results: explicit, so a job runs with
 * {@code pipeline.generic-types} disabled (no Kryo fallback anywhere).
 *
 * <pre>{@code
 * DataStream<GiftEvent> gifts = env.fromData(events, MonetikTypes.giftEvent());
 * DataStream<GiftEvent> mapped = lines.map(MyParser::parse).returns(MonetikTypes.giftEvent());
 * }</pre>
 *
 * <p>The accumulators' and results' types come with each function
 * ({@link MonetikAggregate#getAccumulatorType()}, {@link MonetikAggregate#getResultType()}). Every
 * type information here is immutable, serializable and safe to share between threads.
 */
public final class MonetikTypes {
  /** The result's field holding the report's rows. */
  public static final String ROWS = "rows";

  /** The result's field holding the final accumulator's core byte form. */
  public static final String FORM = "form";

  private static final TypeInformation<GiftEvent> GIFT_EVENT =
      new SerializerTypeInfo<>(GiftEvent.class, GiftEventSerializer.INSTANCE);
  private static final TypeInformation<Interaction> INTERACTION =
      new SerializerTypeInfo<>(Interaction.class, InteractionSerializer.INSTANCE);
  private static final TypeInformation<IncomeEntry> INCOME_ENTRY =
      new SerializerTypeInfo<>(IncomeEntry.class, IncomeEntrySerializer.INSTANCE);
  private static final TypeInformation<Order> ORDER = new SerializerTypeInfo<>(Order.class, OrderSerializer.INSTANCE);

  private MonetikTypes() {}

  /** {@return the type of gift messages, serialized by {@link GiftEventSerializer}} */
  public static TypeInformation<GiftEvent> giftEvent() {
    return GIFT_EVENT;
  }

  /** {@return the type of streak interactions, serialized by {@link InteractionSerializer}} */
  public static TypeInformation<Interaction> interaction() {
    return INTERACTION;
  }

  /** {@return the type of income entries, serialized by {@link IncomeEntrySerializer}} */
  public static TypeInformation<IncomeEntry> incomeEntry() {
    return INCOME_ENTRY;
  }

  /**
   * {@return the type of whole affiliate orders (lines and lifecycle), serialized by {@link OrderSerializer}}:
   *     for example {@code env.fromData(OrderReader.strict().read(file).records(), MonetikTypes.order())}
   */
  public static TypeInformation<Order> order() {
    return ORDER;
  }

  /**
   * The type of one line of a report: a row with the report's columns as named fields, each of its
   * kind's Flink type ({@code TEXT} {@link Types#STRING}, {@code COUNT} {@link Types#LONG},
   * {@code AMOUNT} {@link Types#BIG_DEC}, exact, and {@code FLAG} {@link Types#BOOLEAN}).
   *
   * @param like a report's rows, only its columns are read (it may have no rows)
   * @return the row type
   * @throws NullPointerException if {@code like} is null
   */
  public static RowTypeInfo line(Rows like) {
    List<String> columns = like.columns();
    TypeInformation<?>[] types = new TypeInformation<?>[columns.size()];
    for (int c = 0; c < types.length; c++) {
      types[c] = switch (like.kind(columns.get(c))) {
        case TEXT -> Types.STRING;
        case COUNT -> Types.LONG;
        case AMOUNT -> Types.BIG_DEC;
        case FLAG -> Types.BOOLEAN;
      };
    }
    return new RowTypeInfo(types, columns.toArray(new String[0]));
  }

  /**
   * The type of a function's result: a row with two named fields, {@value #ROWS} (an array of
   * {@link #line(Rows) lines}, one per row of the report) and {@value #FORM} (the final
   * accumulator's core bytes, {@code byte[]}, which the door restores into the whole exact result).
   *
   * @param like a report's rows, only its columns are read (it may have no rows)
   * @return the result type
   * @throws NullPointerException if {@code like} is null
   */
  public static RowTypeInfo result(Rows like) {
    return new RowTypeInfo(new TypeInformation<?>[] {Types.OBJECT_ARRAY(line(like)),
        PrimitiveArrayTypeInfo.BYTE_PRIMITIVE_ARRAY_TYPE_INFO}, new String[] {ROWS, FORM});
  }

  /**
   * {@return the report's rows as Flink rows, named fields in column order}
   *
   * @param rows a report's rows
   */
  static Row[] lines(Rows rows) {
    Row[] out = new Row[rows.size()];
    for (int r = 0; r < out.length; r++) {
      Row line = Row.withNames();
      rows.get(r).forEach(line::setField);
      out[r] = line;
    }
    return out;
  }
}
