package io.github.monetik.streaks;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/** What kind of interaction someone had with the others: which kinds keep a streak alive is policy. */
public enum InteractionKind {
  /** A direct message (text, sticker, voice note: any message type). */
  MESSAGE,
  /** A video shared into the conversation. */
  SHARED_VIDEO,
  /** A comment on one of the others' posts. */
  COMMENT,
  /** A like on one of the others' posts. */
  LIKE;

  /** {@return the lower-case name used in files, for example {@code shared_video}} */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Reads a kind by name, ignoring case, surrounding blanks, and {@code -} or a space for {@code _}.
   *
   * @param text a kind's name, for example {@code message} or {@code shared-video}
   * @return the kind
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException naming {@code kind} and the text if no kind has that name
   */
  public static InteractionKind parse(String text) {
    Objects.requireNonNull(text, "kind");
    String name = text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    for (InteractionKind k : values()) {
      if (k.name().equals(name)) {
        return k;
      }
    }
    throw new IllegalArgumentException("kind must be one of "
        + Arrays.stream(values()).map(InteractionKind::code).collect(Collectors.joining(", ", "[", "]"))
        + ", was '" + text + "'");
  }
}
