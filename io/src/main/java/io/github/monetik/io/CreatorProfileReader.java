package io.github.monetik.io;

import io.github.monetik.programs.AccountType;
import io.github.monetik.programs.CreatorProfile;
import io.github.monetik.programs.Standing;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Reads creator profiles from CSV ({@code examples/data/creators.csv}): the header
 * {@value #HEADER} in any order, optionally {@code qualified_views_30d} and {@code posts_30d}; one
 * creator per row, ids unique. Immutable.
 *
 * <pre>{@code
 * List<CreatorRecord> creators = CreatorProfileReader.strict().read(Path.of("creators.csv")).records();
 * }</pre>
 */
public final class CreatorProfileReader {
  /** The required columns. */
  public static final String HEADER = "id,age,country,followers,views_30d,account_type,standing";

  private final ReadMode mode;

  private CreatorProfileReader(ReadMode mode) {
    this.mode = mode;
  }

  /** {@return a reader that throws on the first bad row} */
  public static CreatorProfileReader strict() {
    return new CreatorProfileReader(ReadMode.STRICT);
  }

  /** {@return a reader that keeps the good rows and lists the bad ones} */
  public static CreatorProfileReader lenient() {
    return new CreatorProfileReader(ReadMode.LENIENT);
  }

  /**
   * {@return the creators in file order, and the issues}
   *
   * @param file the CSV file
   * @throws IOException naming the file if it cannot be read
   * @throws InputException on a bad row in strict mode; on an empty file or a wrong header in any mode
   */
  public ReadResult<CreatorRecord> read(Path file) throws IOException {
    Objects.requireNonNull(file, "file must not be null");
    try (Source src = Source.open(file)) {
      Issues issues = new Issues(mode, src.name);
      Map<String, Long> seen = new HashMap<>();
      List<CreatorRecord> out = CsvRecords.read(src, issues, List.of(HEADER.split(",")),
          List.of("qualified_views_30d", "posts_30d"), r -> {
            String id = r.get("id");
            if (id.isBlank()) {
              throw new CsvRecords.Bad(r.bad(issues, "id", "must not be blank"));
            }
            Long before = seen.putIfAbsent(id, r.line);
            if (before != null) {
              throw new CsvRecords.Bad(r.bad(issues, "id", "must be unique (also on line " + before + ")"));
            }
            CreatorProfile.Builder b = CreatorProfile.builder()
                .age(Math.toIntExact(number(issues, r, "age", CreatorProfile.MAXIMUM_AGE)))
                .country(r.get("country"))
                .followers(number(issues, r, "followers", Long.MAX_VALUE))
                .views30d(number(issues, r, "views_30d", Long.MAX_VALUE))
                .accountType(choice(issues, AccountType.class, r, "account_type"))
                .standing(choice(issues, Standing.class, r, "standing"));
            if (r.has("qualified_views_30d") && !r.get("qualified_views_30d").isEmpty()) {
              b.qualifiedViews30d(number(issues, r, "qualified_views_30d", Long.MAX_VALUE));
            }
            if (r.has("posts_30d") && !r.get("posts_30d").isEmpty()) {
              b.posts30d(number(issues, r, "posts_30d", Long.MAX_VALUE));
            }
            try {
              return new CreatorRecord(id, b.build());
            } catch (IllegalArgumentException | IllegalStateException e) {
              throw new CsvRecords.Bad(r.badRecord(issues, "must be a valid profile (" + e.getMessage() + ")"));
            }
          });
      return new ReadResult<>(out, issues.all());
    }
  }

  static long number(Issues issues, CsvRecords.Rec r, String column, long max) {
    String text = r.get(column);
    try {
      byte[] b = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
      long v = Text.parseLong(b, 0, b.length);
      if (v < 0 || v > max) {
        throw new Text.Bad("must be a whole number from 0 to " + max);
      }
      return v;
    } catch (Text.Bad e) {
      throw new CsvRecords.Bad(r.bad(issues, column, e.expected));
    }
  }

  static <E extends Enum<E>> E choice(Issues issues, Class<E> type, CsvRecords.Rec r, String column) {
    String text = r.get(column);
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(text.toUpperCase(Locale.ROOT))) {
        return e;
      }
    }
    throw new CsvRecords.Bad(r.bad(issues, column, "must be one of "
        + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "))));
  }
}
