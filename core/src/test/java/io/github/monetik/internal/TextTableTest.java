package io.github.monetik.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The renderer's exact text: what every report's {@code toString} is made of. */
class TextTableTest {

  @Test
  void columnsAreSizedToTheirWidestCellTheFirstLeftTheOthersRightAndEveryLineIndented() {
    String text = TextTable.of("", "gifts", "coins")
        .row("settled", 27L, new BigDecimal("31.50"))
        .row("open combos (7)", 1_250L, "x")
        .render("  ");
    assertThat(text).isEqualTo(String.join("\n",
        "                   gifts  coins",
        "  settled             27  31.50",
        "  open combos (7)  1,250      x"));
  }

  @Test
  void aHeadingOfEmptyStringsIsLeftOutAndLeftAlignedColumnsKeepNoTrailingSpaces() {
    String text = TextTable.of("", "").leftAligned(1).row("a", "bb").row("ccc", "d").render("");
    assertThat(text).isEqualTo("a    bb\nccc  d");
  }

  @Test
  void aShortRowIsPaddedWithEmptyCellsAndALongOneIsRefused() {
    assertThat(TextTable.of("k", "v").row("only").render("")).isEqualTo("k     v\nonly");
    assertThatThrownBy(() -> TextTable.of("k").row("a", "b"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cells must be at most 1, was 2");
  }

  @Test
  void aTableWithNothingInItRendersAsNoText() {
    assertThat(TextTable.of().render("  ")).isEmpty();
    assertThat(TextTable.of("", "").render("  ")).isEmpty();
    assertThat(TextTable.of("", "").size()).isZero();
  }

  @Test
  void aRowOfEmptyCellsIsAnEmptyLineAndCountsAsARow() {
    TextTable blank = TextTable.of("", "").row("", "").row("", "");
    assertThat(blank.render("  ")).isEqualTo("\n");
    assertThat(blank.size()).isEqualTo(2);
  }

  @Test
  void notesFollowTheTextOneLineEachAndNoNotesLeaveItAsItIs() {
    assertThat(TextTable.withNotes("report", List.of("a", "b"))).isEqualTo("report\n  note: a\n  note: b");
    assertThat(TextTable.withNotes("report", List.of())).isEqualTo("report");
  }

  @Test
  void wholeNumbersAreGroupedInThreesWithTheirSignWhateverTheirLength() {
    assertThat(TextTable.grouped(0)).isEqualTo("0");
    assertThat(TextTable.grouped(999)).isEqualTo("999");
    assertThat(TextTable.grouped(1_250)).isEqualTo("1,250");
    assertThat(TextTable.grouped(-1_250)).isEqualTo("-1,250");
    assertThat(TextTable.grouped(-999)).isEqualTo("-999");
    assertThat(TextTable.grouped(-3_000_000)).isEqualTo("-3,000,000");
    assertThat(TextTable.grouped(123_456)).isEqualTo("123,456");
    assertThat(TextTable.grouped(Long.MIN_VALUE)).isEqualTo("-9,223,372,036,854,775,808");
    assertThat(TextTable.grouped(Long.MAX_VALUE)).isEqualTo("9,223,372,036,854,775,807");
  }
}
