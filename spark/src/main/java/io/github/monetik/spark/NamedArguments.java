package io.github.monetik.spark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.analysis.UnresolvedExtractValue;
import org.apache.spark.sql.catalyst.analysis.UnresolvedFunction;
import org.apache.spark.sql.catalyst.expressions.ArrayTransform;
import org.apache.spark.sql.catalyst.expressions.CreateNamedStruct;
import org.apache.spark.sql.catalyst.expressions.Expression;
import org.apache.spark.sql.catalyst.expressions.LambdaFunction;
import org.apache.spark.sql.catalyst.expressions.Literal;
import org.apache.spark.sql.catalyst.expressions.NamedExpression;
import org.apache.spark.sql.catalyst.expressions.SortOrder;
import org.apache.spark.sql.catalyst.expressions.UnresolvedNamedLambdaVariable;
import org.apache.spark.sql.functions;
import scala.Option;
import scala.jdk.javaapi.CollectionConverters;

/**
 * A SQL function whose arguments bind by name: Spark binds a {@code udaf}'s arguments by position, so
 * {@code f(group_id, gift_id)} would read one as the other without a word. The function registered
 * here looks at the names its arguments carry (the columns', or the fields of one
 * {@code named_struct}/{@code struct(x AS name)}), puts them in the aggregation's order, fills a
 * missing optional column with null, and refuses a missing, unknown or unnamed argument at analysis,
 * naming it; then it calls the positional function registered beside it.
 */
final class NamedArguments {
  private NamedArguments() {}

  static void register(SparkSession spark, String name, Aggregation<?, ?> aggregation) {
    Domain<?, ?> domain = aggregation.domain();
    String positional = name + "_by_position";
    spark.udf().register(positional, functions.udaf(aggregation, Encoders.row(domain.inputSchema())));
    if (!(spark instanceof org.apache.spark.sql.classic.SparkSession classic)) {
      throw new UnsupportedOperationException("SQL functions with named arguments need a classic SparkSession (not Spark "
          + "Connect); call " + positional + "(...) with the columns in the order " + domain.describe());
    }
    scala.Function1<scala.collection.immutable.Seq<Expression>, Expression> builder =
        args -> new UnresolvedFunction(seq(List.of(positional)), seq(bind(name, domain, CollectionConverters.asJava(args))),
            false, Option.empty(), Option.empty(), seq(List.<SortOrder>of()), false);
    classic.sessionState().functionRegistry().createOrReplaceTempFunction(name, builder, "scala_udf");
  }

  private static <T> scala.collection.immutable.Seq<T> seq(List<T> list) {
    return CollectionConverters.asScala(list).toList();
  }

  /** {@return the arguments in the domain's column order, bound by their names} */
  static List<Expression> bind(String function, Domain<?, ?> domain, List<Expression> args) {
    Map<String, Expression> named = new LinkedHashMap<>();
    if (args.size() == 1 && args.get(0) instanceof CreateNamedStruct struct) {
      List<Object> names = CollectionConverters.asJava(struct.names());
      List<Expression> values = CollectionConverters.asJava(struct.valExprs());
      for (int i = 0; i < names.size(); i++) {
        put(function, named, String.valueOf(names.get(i)), values.get(i));
      }
    } else {
      for (int i = 0; i < args.size(); i++) {
        Expression e = args.get(i);
        if (!(e instanceof NamedExpression ne)) {
          throw new IllegalArgumentException(function + " binds its arguments by name: argument " + (i + 1) + " ("
              + e.sql() + ") has none; pass columns named as it reads them, or one named_struct('column', value, ...): "
              + domain.describe());
        }
        put(function, named, ne.name(), e);
      }
    }
    List<Expression> ordered = new ArrayList<>();
    for (Domain.Column c : domain.columns()) {
      Expression e = named.remove(c.name());
      if (e == null) {
        if (!c.optional()) {
          throw new IllegalArgumentException(function + " needs an argument named " + c.name() + " (" + c.type().simpleString()
              + "); it reads " + domain.describe());
        }
        e = Literal.create(null, c.type());
      } else if (!c.fields().isEmpty()) {
        e = byFieldNames(c, e);
      }
      ordered.add(e);
    }
    if (!named.isEmpty()) {
      throw new IllegalArgumentException(function + " has no argument named " + String.join(", ", named.keySet())
          + "; it reads " + domain.describe());
    }
    return ordered;
  }

  /**
   * {@return an array of structs rebuilt field by field by name, in the canonical order: Spark would
   *     cast the argument's structs to the input type by position; a missing field is Spark's
   *     analysis error naming it}
   */
  private static Expression byFieldNames(Domain.Column c, Expression array) {
    UnresolvedNamedLambdaVariable x = new UnresolvedNamedLambdaVariable(seq(List.of("monetik_line")));
    List<Expression> parts = new ArrayList<>();
    for (Domain.Column f : c.fields()) {
      parts.add(Literal.create(f.name(), org.apache.spark.sql.types.DataTypes.StringType));
      parts.add(new UnresolvedExtractValue(x, Literal.create(f.name(), org.apache.spark.sql.types.DataTypes.StringType)));
    }
    return new ArrayTransform(array, new LambdaFunction(new CreateNamedStruct(seq(parts)),
        seq(List.<NamedExpression>of(x)), false));
  }

  private static void put(String function, Map<String, Expression> named, String name, Expression value) {
    if (named.put(name, value) != null) {
      throw new IllegalArgumentException(function + " was given the argument " + name + " twice");
    }
  }
}
