package io.github.monetik.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EligibilityReportCommandTest extends CommandTest {
  private static final Path SAMPLE = Path.of("data", "creators.csv");

  @Test
  void theSampleShowsTheFourCreatorsTheIssueNames() {
    assertThat(run("eligibility-report", SAMPLE.toString())).isZero();
    assertThat(err()).isEmpty();
    assertThat(out()).startsWith("Creator programs on 2025-12-16 (7 creators)\n")
        .contains("almost: 24 years, US, 9,999 followers")
        .contains("CREATOR_REWARDS          no        1 follower short")
        .contains("LIVE_HOSTING             no        must be 18, is 17")
        .contains("CREATOR_REWARDS          no        country NL not eligible — eligible: US, GB, DE, FR, JP, KR, BR, MX")
        .contains("TIKTOK_SHOP_AFFILIATE    no        country NL not a market — markets: GB, ID, MY, PH, SG, TH, VN, US, DE, FR, IT")
        .contains("minor: 17 years, GB, 25,000 followers");
    String everything = out().substring(out().indexOf("everything:"), out().indexOf("brand:"));
    assertThat(everything).contains("CREATOR_REWARDS          yes").contains("SERIES                   yes")
        .contains("TIKTOK_SHOP_AFFILIATE    yes").contains("CREATOR_FUND             no        closed on 2023-12-16");
  }

  @Test
  void csvOutputIsOneRowPerCreatorAndProgram() {
    assertThat(run("eligibility-report", "--csv", SAMPLE.toString())).isZero();
    List<String> lines = out().lines().toList();
    assertThat(lines.get(0)).isEqualTo("id,program,eligible,unmet");
    assertThat(lines).hasSize(1 + 7 * 14)
        .contains("almost,CREATOR_REWARDS,false,followers")
        .contains("minor,CREATOR_REWARDS,false,age")
        .contains("elsewhere,CREATOR_REWARDS,false,country")
        .contains("everything,CREATOR_REWARDS,true,")
        .contains("everything,CREATOR_FUND,false,open")
        .contains("brand,CREATOR_REWARDS,false,account_type")
        .contains("starter,CREATOR_REWARDS,false,followers;views_30d;standing")
        .contains("seoul,CREATOR_REWARDS,false,age");
  }

  @Test
  void asOfChoosesTheRulesOfThatDay() {
    assertThat(run("eligibility-report", "--csv", "--as-of", "2021-01-01", SAMPLE.toString())).isZero();
    assertThat(out().lines().toList()).contains("everything,CREATOR_FUND,true,", "minor,LIVE_HOSTING,true,",
        "everything,CREATOR_REWARDS,false,open");
    // Regression (issue 17): on 2021-06-01 TikTok Shop had not opened in the US, nor ever in NL
    out.reset();
    assertThat(run("eligibility-report", "--csv", "--as-of", "2021-06-01", SAMPLE.toString())).isZero();
    assertThat(out().lines().toList()).contains("everything,TIKTOK_SHOP_AFFILIATE,false,market",
        "elsewhere,TIKTOK_SHOP_AFFILIATE,false,market").noneMatch(l -> l.contains("TIKTOK_SHOP_AFFILIATE,true"));
    ByteArrayOutputStream again = new ByteArrayOutputStream();
    assertThat(Main.run(new String[] {"eligibility-report", "--as-of=2021-03-25", SAMPLE.toString()},
        new PrintStream(again, true, StandardCharsets.UTF_8), System.err)).isZero();
    assertThat(again.toString(StandardCharsets.UTF_8)).startsWith("Creator programs on 2021-03-25");
  }

  @Test
  void wrongUsageExitsWith2() {
    assertThat(run("eligibility-report")).isEqualTo(2);
    assertThat(err()).startsWith("monetik-examples eligibility-report: Missing required parameter: 'FILE'\n")
        .contains("id,age,country,followers,views_30d,");
    assertThat(run("eligibility-report", "--as-of", "yesterday", "x.csv")).isEqualTo(2);
    assertThat(err()).contains("--as-of must be a date such as 2024-06-01, was 'yesterday'");
    assertThat(run("eligibility-report", "--as-of", "2010-01-01", "x.csv")).isEqualTo(2);
    assertThat(err()).contains("--as-of must be on or after 2016-09-01");
    assertThat(run("eligibility-report", "x.csv", "--as-of")).isEqualTo(2);
    assertThat(run("eligibility-report", "--bogus", "x.csv")).isEqualTo(2);
    assertThat(err()).contains("Unknown option: '--bogus'");
    assertThat(run("eligibility-report", "a.csv", "b.csv")).isEqualTo(2);
    assertThat(err()).contains("Unmatched argument at index 2: 'b.csv'");
  }

  @Test
  void badFilesAreClearErrors(@TempDir Path dir) throws IOException {
    assertThat(run("eligibility-report", dir.resolve("missing.csv").toString())).isEqualTo(1);
    assertThat(err()).contains("FILE not found");
    Path header = dir.resolve("header.csv");
    Files.writeString(header, "id,age\n1,20\n");
    assertThat(run("eligibility-report", header.toString())).isEqualTo(1);
    assertThat(err()).contains("header must be id,age,country,followers,views_30d,account_type,standing, was id,age");
    Path bad = dir.resolve("bad.csv");
    Files.writeString(bad, String.join(",", EligibilityReportCommand.HEADER) + "\nok,20,US,1,1,PERSONAL,GOOD\nkid,12,US,1,1,PERSONAL,GOOD\n");
    assertThat(run("eligibility-report", bad.toString())).isEqualTo(1);
    assertThat(err()).contains("line 3 (id kid): age must be 13 to 150");
    Files.writeString(bad, String.join(",", EligibilityReportCommand.HEADER) + "\nx,20,XX,1,1,PERSONAL,GOOD\n");
    run("eligibility-report", bad.toString());
    assertThat(err()).contains("country must be an ISO 3166 alpha-2 code such as US or GB, was 'XX'");
    Files.writeString(bad, String.join(",", EligibilityReportCommand.HEADER) + "\nx,20,US,many,1,PERSONAL,GOOD\n");
    run("eligibility-report", bad.toString());
    assertThat(err()).contains("followers must be a whole number, was 'many'");
    Files.writeString(bad, String.join(",", EligibilityReportCommand.HEADER) + "\nx,20,US,1,1,CORPORATE,GOOD\n");
    run("eligibility-report", bad.toString());
    assertThat(err()).contains("account_type must be one of PERSONAL, BUSINESS, GOVERNMENT, was 'CORPORATE'");
    Files.writeString(bad, String.join(",", EligibilityReportCommand.HEADER) + "\nx,20,US,1,1,PERSONAL,GOOD\nx,21,US,1,1,PERSONAL,GOOD\n");
    run("eligibility-report", bad.toString());
    assertThat(err()).contains("id 'x' appears twice");
    Files.writeString(bad, String.join(",", EligibilityReportCommand.HEADER) + "\nx,20,US,1\n");
    run("eligibility-report", bad.toString());
    assertThat(err()).contains("expected 7 fields, was 4");
    Files.writeString(bad, String.join(",", EligibilityReportCommand.HEADER) + "\nuk,20,UK,-1,1,PERSONAL,GOOD\n");
    run("eligibility-report", bad.toString());
    assertThat(err()).contains("followers must be >= 0, was -1");
  }

  @Test
  void helpListsTheCommand() {
    assertThat(run("eligibility-report", "--help")).isZero();
    assertThat(out()).contains("eligibility-report [-hV] [--csv] [--as-of=DATE] FILE");
  }
}
