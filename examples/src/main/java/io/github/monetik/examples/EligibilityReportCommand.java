package io.github.monetik.examples;

import io.github.monetik.Monetik;
import io.github.monetik.programs.AccountType;
import io.github.monetik.programs.CreatorProfile;
import io.github.monetik.programs.EligibilityReport;
import io.github.monetik.programs.EligibilityTable;
import io.github.monetik.programs.Programs;
import io.github.monetik.programs.Standing;
import io.github.monetik.report.Rows;
import io.github.monetik.rules.Rules;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code eligibility-report [--csv] [--as-of DATE] FILE}: reads creator profiles from a CSV with the header
 * {@code id,age,country,followers,views_30d,account_type,standing} and prints, for each creator,
 * every program side by side; with {@code --csv}, one row per creator and program:
 * {@code id,program,eligible,unmet} (the unmet requirement names joined by {@code ;}).
 */
@Command(name = "eligibility-report", aliases = "eligibility", mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = {"Which creator programs each creator in a CSV qualifies for, and what is missing.",
        "Every program side by side for each creator, on the rules of --as-of."})
final class EligibilityReportCommand extends ExampleCommand {
  static final List<String> HEADER = List.of("id", "age", "country", "followers", "views_30d", "account_type", "standing");

  @Option(names = "--csv", description = "one CSV row per creator and program instead: id,program,eligible,unmet")
  boolean csv;

  @Option(names = "--as-of", paramLabel = "DATE", converter = Converters.Day.class,
      description = "the rules in force on this day, such as 2021-06-01 (default: the latest)")
  LocalDate asOf;

  @Parameters(index = "0", paramLabel = "FILE", description = "creators: a CSV with the header "
      + "id,age,country,followers,views_30d,account_type,standing")
  Path file;

  @Override
  public Integer call() throws IOException {
    if (asOf != null && asOf.isBefore(Rules.EARLIEST)) {
      throw usage("--as-of must be on or after " + Rules.EARLIEST + " (TikTok's origin), was " + asOf);
    }
    Programs programs = (asOf == null ? Monetik.defaults() : Monetik.asOf(asOf)).programs();
    Map<String, CreatorProfile> creators = read(file);
    if (csv) {
      printCsv(programs, creators, out);
    } else {
      printTables(programs, creators, out);
    }
    return 0;
  }

  /** Reads the profiles, keyed by id in file order. A bad row fails with its line number and the field. */
  static Map<String, CreatorProfile> read(Path file) throws IOException {
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
        .setIgnoreEmptyLines(true).get();
    Map<String, CreatorProfile> creators = new LinkedHashMap<>();
    try (Reader in = Inputs.reader(file); CSVParser parser = format.parse(in)) {
      if (!parser.getHeaderNames().equals(HEADER)) {
        throw new IllegalArgumentException(file + ": header must be " + String.join(",", HEADER) + ", was "
            + String.join(",", parser.getHeaderNames()));
      }
      for (CSVRecord row : parser) {
        String where = file + " line " + parser.getCurrentLineNumber();
        if (row.size() != HEADER.size()) {
          throw new IllegalArgumentException(where + ": expected " + HEADER.size() + " fields, was " + row.size());
        }
        String id = row.get("id");
        try {
          CreatorProfile p = CreatorProfile.builder()
              .age(Math.toIntExact(number(row, "age")))
              .country(row.get("country"))
              .followers(number(row, "followers"))
              .views30d(number(row, "views_30d"))
              .accountType(choice(AccountType.class, row, "account_type"))
              .standing(choice(Standing.class, row, "standing"))
              .build();
          if (creators.putIfAbsent(id, p) != null) {
            throw new IllegalArgumentException("id '" + id + "' appears twice");
          }
        } catch (IllegalArgumentException | ArithmeticException e) {
          throw new IllegalArgumentException(where + " (id " + id + "): " + e.getMessage(), e);
        }
      }
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException("FILE not found: " + file, e);
    }
    return creators;
  }

  private static long number(CSVRecord row, String column) {
    String text = row.get(column);
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(column + " must be a whole number, was '" + text + "'", e);
    }
  }

  private static <E extends Enum<E>> E choice(Class<E> type, CSVRecord row, String column) {
    String text = row.get(column);
    try {
      return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(column + " must be one of "
          + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")) + ", was '" + text + "'", e);
    }
  }

  private static void printTables(Programs programs, Map<String, CreatorProfile> creators, PrintStream out) {
    out.println("Creator programs on " + programs.date() + " (" + creators.size() + " creators)");
    for (Map.Entry<String, CreatorProfile> e : creators.entrySet()) {
      CreatorProfile p = e.getValue();
      out.println();
      out.println(e.getKey() + ": " + p.age() + " years, " + p.country() + ", " + String.format(Locale.ROOT, "%,d", p.followers())
          + " followers, " + String.format(Locale.ROOT, "%,d", p.views30d()) + " views in 30 days, " + p.accountType()
          + ", " + p.standing());
      EligibilityTable t = programs.checkAll(p);
      out.print(t);
    }
  }

  private static void printCsv(Programs programs, Map<String, CreatorProfile> creators, PrintStream out) throws IOException {
    Rows.Builder rows = Rows.builder().text("id").text("program").flag("eligible").text("unmet");
    for (Map.Entry<String, CreatorProfile> e : creators.entrySet()) {
      for (EligibilityReport r : programs.checkAll(e.getValue()).reports()) {
        List<String> unmet = new ArrayList<>();
        r.unmet().forEach(row -> unmet.add(row.requirement()));
        rows.row(e.getKey(), r.program().name(), r.isEligible(), String.join(";", unmet));
      }
    }
    Export.csvRows(rows.build(), out);
  }
}
