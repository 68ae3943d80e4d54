package io.github.monetik.internal;

import java.math.BigDecimal;
import java.util.Collection;

/**
 * The complete, stable description of a door's rules that a {@link Form} records as a digest: one
 * {@code name=value} line per field, text prefixed by its length (so no value can pass for
 * another's), decimals by value ({@code 1.50} and {@code 1.5} alike). Only values whose text is
 * stable across JVMs go in (numbers, enum constants, dates, durations, zone ids), never identity
 * hash codes. Not thread-safe.
 *
 * <pre>{@code
 * long digest = new RulesText("streaks").value("daysToStart", 3).text("zone", "Europe/Berlin").digest();
 * }</pre>
 */
public final class RulesText {
  private final StringBuilder b = new StringBuilder();

  /**
   * A description of the rules of one kind of door.
   *
   * @param what the door ({@code "streaks"}), the first line
   */
  public RulesText(String what) {
    b.append(what).append('\n');
  }

  /**
   * {@return this description, one field more: a value whose {@code toString} is stable (a number, an enum constant, a date, a duration)}
   *
   * @param name the field's name
   * @param value the value
   */
  public RulesText value(String name, Object value) {
    b.append(name).append('=').append(value).append('\n');
    return this;
  }

  /**
   * {@return this description, one text field more, prefixed by its length}
   *
   * @param name the field's name
   * @param text the text
   */
  public RulesText text(String name, String text) {
    b.append(name).append('=').append(text.length()).append(':').append(text).append('\n');
    return this;
  }

  /**
   * {@return this description, one decimal more, by value}
   *
   * @param name the field's name
   * @param value the number
   */
  public RulesText decimal(String name, BigDecimal value) {
    return value(name, value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString());
  }

  /**
   * {@return this description, a list of texts: their count, then each, prefixed by its length}
   *
   * @param name the field's name
   * @param texts the texts, in their order
   */
  public RulesText texts(String name, Collection<String> texts) {
    value(name, texts.size());
    int i = 0;
    for (String t : texts) {
      text(name + "[" + i++ + "]", t);
    }
    return this;
  }

  /** {@return the digest of the description, {@link Form#digest(String)}} */
  public long digest() {
    return Form.digest(b.toString());
  }

  /** {@return the description} */
  @Override
  public String toString() {
    return b.toString();
  }
}
