package io.github.monetik.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.monetik.Monetik;
import io.github.monetik.affiliate.CommissionStatement;
import io.github.monetik.affiliate.Order;
import io.github.monetik.gifts.Gift;
import io.github.monetik.gifts.GiftCatalog;
import io.github.monetik.streaks.Interaction;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Gift lists, interactions, orders and creator profiles. */
class OtherReadersTest {
  @TempDir
  Path dir;

  @Test
  void tikToksGiftListBecomesACatalog() throws IOException {
    ReadResult<Gift> r = GiftListReader.strict().read(Files2.resource("gift-catalog/official_05_12_2023.json"));
    assertThat(r.issues()).isEmpty();
    assertThat(r.records()).hasSize(110);
    assertThat(r.records().stream().filter(Gift::repeatable).count()).isEqualTo(17);
    GiftCatalog c = GiftCatalog.of(r.records());
    assertThat(c.byId(5655)).hasValueSatisfying(g -> {
      assertThat(g.name()).isEqualTo("Rose");
      assertThat(g.price().count()).isEqualTo(1);
      assertThat(g.repeatable()).isTrue();
    });
  }

  @Test
  void aCatalogSaysItsFileAndFetchTimeAndMapsAsCore() throws IOException {
    Path list = Files2.resource("gift-catalog/official_05_12_2023.json");
    GiftCatalog c = GiftListReader.strict().catalog(list);
    assertThat(c.source()).isEqualTo("TikTok gift/list of 2023-12-05T15:22:50.084Z (official_05_12_2023.json)");
    assertThat(c.gifts()).isEqualTo(GiftListReader.strict().read(list).records());
    assertThat(c.byId(5655)).contains(Gift.fromGiftList(5655, "Rose", 1, 1));
    Path bare = Files2.write(dir, "bare.json", "[{\"id\":7,\"name\":\"A\",\"diamond_count\":3,\"type\":4}]");
    assertThat(GiftListReader.strict().catalog(bare).source()).isEqualTo("TikTok gift/list of an unknown date (bare.json)");
    Path badNow = Files2.write(dir, "now.json", "{\"data\":{\"gifts\":[{\"id\":7,\"name\":\"A\",\"diamond_count\":3,"
        + "\"type\":4}]},\n\"extra\":{\"now\":\"soon\"}}");
    assertThatThrownBy(() -> GiftListReader.strict().catalog(badNow)).isInstanceOf(InputException.class)
        .hasMessage(badNow + " line 2, column 16 (extra.now): must be the list's fetch time in epoch milliseconds,"
            + " from 2000 to 2099, was 'soon'");
    GiftCatalog kept = GiftListReader.lenient().catalog(badNow);
    assertThat(kept.size()).isEqualTo(1);
    assertThat(kept.source()).isEqualTo("TikTok gift/list of an unknown date (now.json)");
  }

  @Test
  void aGiftListWithAComboFlagAgainstItsTypeOrATwiceIdIsAnError() throws IOException {
    Path f = Files2.write(dir, "list.json", "{\"data\":{\"gifts\":[\n"
        + "{\"id\":1,\"name\":\"A\",\"diamond_count\":1,\"type\":1,\"combo\":true},\n"
        + "{\"id\":2,\"name\":\"B\",\"diamond_count\":5,\"type\":2,\"combo\":true},\n"
        + "{\"id\":1,\"name\":\"C\",\"diamond_count\":5,\"type\":2}]}}");
    ReadResult<Gift> r = GiftListReader.lenient().read(f);
    assertThat(r.records()).extracting(Gift::name).containsExactly("A");
    assertThat(r.issues()).extracting(InputIssue::toString).containsExactly(
        f + " line 3, column 1 (combo): must agree with type 2 (gift 2), was 'true'",
        f + " line 4, column 1 (id): must be unique (also on line 2), was '1'");
    Path none = Files2.write(dir, "none.json", "{\"status_code\":0}");
    assertThatThrownBy(() -> GiftListReader.lenient().read(none)).isInstanceOf(InputException.class)
        .hasMessage(none + " (data.gifts): must be a gift list: an object with data.gifts, or an array");
  }

  @Test
  void interactionsReadTheSameFromCsvAndNdjson() throws IOException {
    Path csv = Files2.resource("streaks-sample.csv");
    List<Interaction> fromCsv = InteractionReader.strict().read(csv).records();
    assertThat(fromCsv).hasSize((int) Files.lines(csv).count() - 1);
    String ndjson = fromCsv.stream().map(i -> "{\"timestamp\":\"" + i.at() + "\",\"from\":\"" + i.from()
        + "\",\"to\":[" + i.to().stream().map(t -> "\"" + t + "\"").collect(Collectors.joining(",")) + "],\"kind\":\""
        + i.kind().code() + "\"}").collect(Collectors.joining("\n"));
    Path json = Files2.write(dir, "streaks.ndjson", ndjson + "\n");
    assertThat(InteractionReader.strict().read(json).records()).isEqualTo(fromCsv);
  }

  @Test
  void aBadInteractionNamesItsField() throws IOException {
    Path f = Files2.write(dir, "bad.csv", "timestamp,from,to,kind\n2024-07-01T05:02:21Z,uma,vik,wave\n"
        + "2024-07-01T05:02:21Z,uma,uma,like\n");
    ReadResult<Interaction> r = InteractionReader.lenient().read(f);
    assertThat(r.records()).isEmpty();
    assertThat(r.issues()).hasSize(2);
    assertThat(r.issues().get(0).toString()).startsWith(f + " line 2, column 4 (kind): must be an interaction kind (");
    assertThat(r.issues().get(1).toString()).startsWith(f + " line 3: must be a valid interaction (");
  }

  static final String ORDERS = OrderReader.HEADER + "\n";
  static final String ROW_A = "TT-1,USD,2025-03-01,2025-03-02,2025-03-05,,,,%s,P1,Mug,home,2025-01-01:10,,,1,100.00,0,0,0,0\n";
  static final String ROW_B = "TT-1,USD,,,,,,,%s,P2,Lamp,home,2025-01-01:10,,,1,100.00,0,0,0,0\n";

  private CommissionStatement statement(String csv) throws IOException {
    List<Order> orders = OrderReader.strict().read(Files2.write(dir, "orders.csv", csv)).records();
    return Monetik.defaults().affiliate().statement(orders, LocalDate.of(2025, 6, 30));
  }

  @Test
  void aRefundOnAnOrdersSecondRowCounts() throws IOException {
    CommissionStatement onSecond = statement(ORDERS + String.format(ROW_A, "") + String.format(ROW_B, "2025-03-10:50.00"));
    CommissionStatement onFirst = statement(ORDERS + String.format(ROW_A, "2025-03-10:50.00") + String.format(ROW_B, ""));
    CommissionStatement onBoth = statement(ORDERS + String.format(ROW_A, "2025-03-10:50.00")
        + String.format(ROW_B, "2025-03-10:50.00"));
    CommissionStatement none = statement(ORDERS + String.format(ROW_A, "") + String.format(ROW_B, ""));
    assertThat(onSecond.payable()).isEqualTo(onFirst.payable()).isEqualTo(onBoth.payable());
    assertThat(onSecond.payable()).isNotEqualTo(none.payable());
    assertThat(onSecond.payable().amount()).isLessThan(none.payable().amount());
  }

  @Test
  void rowsOfAnOrderThatDisagreeAreAnErrorAndTheOrderIsNotRead() throws IOException {
    Path f = Files2.write(dir, "orders.csv", ORDERS + String.format(ROW_A, "2025-03-10:50.00")
        + String.format(ROW_B, "2025-03-11:20.00") + String.format(ROW_A, "").replace("TT-1", "TT-2"));
    ReadResult<Order> r = OrderReader.lenient().read(f);
    assertThat(r.records()).extracting(Order::id).containsExactly("TT-2");
    assertThat(r.issues()).singleElement().hasToString(f + " line 3, column 9 (refunds): must be the same on every row"
        + " of order TT-1 that gives it (line 2 has '2025-03-10:50.00') (order TT-1 is not read), was '2025-03-11:20.00'");
  }

  /** Found by ByteSoupPropertiesTest's every-field test: a refund of -1 reached OrderEvent's own check. */
  @Test
  void aRefundThatIsNotPositiveIsAnIssueOnItsRow() throws IOException {
    Path f = Files2.write(dir, "orders.csv", ORDERS + String.format(ROW_A, "2025-03-10:-1")
        + String.format(ROW_A, "").replace("TT-1", "TT-2"));
    ReadResult<Order> r = OrderReader.lenient().read(f);
    assertThat(r.records()).extracting(Order::id).containsExactly("TT-2");
    assertThat(r.issues()).singleElement().asString().startsWith(f + " line 2, column 9 (refunds): must be entries"
        + " like 2025-03-20:5.00 (amount of a refund must be > 0, was USD -1").endsWith("(order TT-1 is not read),"
        + " was '2025-03-10:-1'");
  }

  @Test
  void anEmptyOrWrongHeaderOrdersFileIsAnErrorNotNoOrders() throws IOException {
    Path empty = Files2.write(dir, "empty.csv", "");
    assertThatThrownBy(() -> OrderReader.lenient().read(empty)).isInstanceOf(InputException.class)
        .hasMessageStartingWith(empty + ": must have a header line order_id,currency,");
    Path wrong = Files2.write(dir, "wrong.csv", "id,amount\n1,2\n");
    assertThatThrownBy(() -> OrderReader.lenient().read(wrong)).isInstanceOf(InputException.class)
        .hasMessageContaining("line 1: must be a header with the columns order_id,");
  }

  @Test
  void creatorProfilesAreReadAndADuplicateIdIsAnError() throws IOException {
    Path creators = Files2.resource("creators.csv");
    ReadResult<CreatorRecord> r = CreatorProfileReader.strict().read(creators);
    assertThat(r.records()).hasSize((int) Files.lines(creators).count() - 1);
    assertThat(r.records().get(0).id()).isEqualTo("almost");
    assertThat(r.records().get(0).profile().followers()).isEqualTo(9999);
    Path dup = Files2.write(dir, "dup.csv", CreatorProfileReader.HEADER + "\na,24,US,1,1,PERSONAL,GOOD\n"
        + "a,25,US,1,1,PERSONAL,GOOD\nb,24,US,-1,1,PERSONAL,GOOD\n");
    assertThat(CreatorProfileReader.lenient().read(dup).issues()).extracting(InputIssue::toString).containsExactly(
        dup + " line 3, column 1 (id): must be unique (also on line 2), was 'a'",
        dup + " line 4, column 4 (followers): must be a whole number from 0 to 9223372036854775807, was '-1'");
  }
}
