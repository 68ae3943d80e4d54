package io.github.monetik.streaks;

import io.github.monetik.internal.Checks;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What kind of interaction someone had with the others: which kinds keep a streak alive, and how
 * many Streak Pet points each earns, is policy ({@link StreakPolicy#countedKinds()},
 * {@link StreakPolicy#petPoints()}).
 */
public enum InteractionKind {
  /** A direct message in the conversation: text, sticker, voice note (any message type but the two below). */
  MESSAGE,
  /** A TikTok post (a video) shared into the conversation. */
  SHARED_VIDEO,
  /** A comment on one of the others' posts. */
  COMMENT,
  /** A like on one of the others' posts. */
  LIKE,
  /**
   * A photo or video of one's own sent in the conversation (taken or uploaded: not a shared post,
   * which is {@link #SHARED_VIDEO}). Streak Pets count it apart from text (DOMAIN.md §8).
   */
  PHOTO_OR_VIDEO;

  /** {@return the lower-case name used in files, for example {@code shared_video}} */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Reads a kind by name, ignoring case, surrounding blanks, and {@code -} or a space for {@code _}.
   *
   * @param text a kind's name, for example {@code message} or {@code shared-video}
   * @return the kind
   * @throws NullPointerException if {@code text} is null (message {@code kind})
   * @throws IllegalArgumentException naming {@code kind} and the text if no kind has that name
   */
  public static InteractionKind parse(String text) {
    Checks.notNull(text, "kind");
    String name = text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    for (InteractionKind k : values()) {
      if (k.name().equals(name)) {
        return k;
      }
    }
    throw Checks.invalid("kind",
        "one of " + Arrays.stream(values()).map(InteractionKind::code).collect(Collectors.joining(", ", "[", "]")), text);
  }
}
