package io.github.monetik.spark;

import java.util.Arrays;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.expressions.Aggregator;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;

/**
 * A Monetik aggregation as a Spark {@link Aggregator}: rows bound to the input columns by name, a
 * core accumulator per group and partition, combined with the core's {@code combine}, shipped as its
 * byte form in a {@link Partial}, ended as the report's rows and the final form.
 */
final class Aggregation<D, S> extends Aggregator<Row, Partial, Row> {
  private static final long serialVersionUID = 1L;

  /** A schema and where its columns are: rows of one query share one schema. */
  private record Binding(@Nullable StructType schema, int[] at) {}

  private final Domain<D, S> domain;
  private final StructType output;
  private transient volatile @Nullable Binding binding;

  Aggregation(Domain<D, S> domain) {
    this.domain = domain;
    this.output = RowsSchema.outputType(domain.emptyResult());
  }

  Domain<D, S> domain() {
    return domain;
  }

  StructType outputSchema() {
    return output;
  }

  private S state(Partial p) {
    return p.state(domain::restore, domain::write);
  }

  @Override
  public Partial zero() {
    return Partial.of(domain.zero(), domain::write);
  }

  @Override
  public Partial reduce(Partial buffer, Row row) {
    Binding b = binding;
    StructType schema = row.schema();
    if (b == null || b.schema() != schema && (schema == null || !schema.equals(b.schema()))) {
      int[] at = schema == null ? identity() : domain.bind(schema);
      b = new Binding(schema, at);
      binding = b; // a benign race: any thread's binding of the same schema is the same
    }
    domain.add(state(buffer), new Cells(domain.names(), row, b.at()));
    return buffer;
  }

  private int[] identity() {
    int[] at = new int[domain.columns().size()];
    Arrays.setAll(at, i -> i);
    return at;
  }

  @Override
  public Partial merge(Partial left, Partial right) {
    return Partial.of(domain.combine(state(left), state(right)), domain::write);
  }

  @Override
  public Row finish(Partial reduction) {
    S s = state(reduction);
    return RowFactory.create(scala.jdk.javaapi.CollectionConverters.asScala(RowsSchema.values(domain.result(s))).toSeq(),
        domain.toBytes(s));
  }

  @Override
  public Encoder<Partial> bufferEncoder() {
    return Encoders.bean(Partial.class);
  }

  @Override
  public Encoder<Row> outputEncoder() {
    return Encoders.row(output);
  }

  @Override
  public String toString() {
    return domain.name() + "(" + domain.describe() + ")";
  }
}
