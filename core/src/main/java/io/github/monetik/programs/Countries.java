package io.github.monetik.programs;

import io.github.monetik.internal.Checks;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * ISO 3166-1 alpha-2 country codes, validated against {@link Locale#getISOCountries()}.
 *
 * <p>Codes are accepted in any letter case and normalised to upper case. {@code UK} is accepted as
 * an alias of {@code GB}: TikTok and DOMAIN.md write "UK", ISO 3166 reserves {@code UK} and codes
 * the United Kingdom {@code GB}. Monetik stores and prints {@code GB}.
 */
final class Countries {
  private static final Set<String> ISO = Arrays.stream(Locale.getISOCountries()).collect(Collectors.toUnmodifiableSet());

  private Countries() {}

  static String normalize(String code, String argument) {
    Checks.notNull(code, argument);
    String upper = code.strip().toUpperCase(Locale.ROOT);
    if (upper.equals("UK")) {
      return "GB";
    }
    if (!ISO.contains(upper)) {
      throw new IllegalArgumentException(argument + " must be an ISO 3166 alpha-2 code such as US or GB, was '" + code + "'");
    }
    return upper;
  }
}
