package io.github.monetik.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What every domain's door shares (ARCHITECTURE.md, "One template per domain"): it is made of its
 * policies, its provenance and any setting it was built with, and two doors of one type are equal
 * when those parts are. A door is immutable, so it is safe to share between threads.
 */
public abstract class Door {
  private final List<Object> parts;

  /**
   * A door made of these parts, already checked by the door's factory.
   *
   * @param parts what the door is made of, in a fixed order, none null
   * @throws NullPointerException if a part is null (a door's factory names it first)
   */
  protected Door(Object... parts) {
    this.parts = List.of(parts);
  }

  /** {@return true if {@code o} is a door of the same type made of equal parts} */
  @Override
  @SuppressWarnings("EqualsGetClass") // doors of two types are never equal, whatever their parts
  public final boolean equals(@Nullable Object o) {
    return o != null && o.getClass() == getClass() && ((Door) o).parts.equals(parts);
  }

  /** {@return a hash of the door's type and parts, the same in every run} */
  @Override
  public final int hashCode() {
    return 31 * getClass().getName().hashCode() + parts.hashCode();
  }
}
