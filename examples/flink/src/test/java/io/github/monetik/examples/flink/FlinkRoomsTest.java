package io.github.monetik.examples.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.monetik.Monetik;
import io.github.monetik.examples.RoomLog;
import io.github.monetik.flink.MonetikTypes;
import io.github.monetik.gifts.GiftEvent;
import io.github.monetik.gifts.Gifts;
import io.github.monetik.gifts.LiveSnapshot;
import io.github.monetik.report.Rows;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.types.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

/** The example job at a small size: every room's Flink result is the single-JVM collector's. */
class FlinkRoomsTest {
  @ParameterizedTest
  @EnumSource(value = RuntimeExecutionMode.class, names = {"BATCH", "STREAMING"})
  void everyRoomSettledOnFlinkEqualsTheSingleJvmCollector(RuntimeExecutionMode mode, @TempDir Path dir)
      throws Exception {
    Gifts gifts = Monetik.defaults().gifts();
    List<GiftEvent> events = RoomLog.events(20, 10, 1);
    List<Path> files = RoomLog.write(dir, events, FlinkRooms.FILES);

    // Generic types disabled (FlinkRooms.configuration()), two task slots.
    assertThat(FlinkRooms.configuration().get(org.apache.flink.configuration.PipelineOptions.GENERIC_TYPES)).isFalse();
    FlinkRooms.Timed run = FlinkRooms.runJob(files, 2, mode);

    Map<String, List<GiftEvent>> byRoom = events.stream().collect(Collectors.groupingBy(GiftEvent::hostId));
    assertThat(byRoom).hasSize(20);
    assertThat(run.results()).hasSize(20); // one session per room: no room is silent for the gap
    for (Row r : run.results()) {
      String room = (String) r.getField("room");
      LiveSnapshot expected = byRoom.get(room).parallelStream().collect(gifts.toSnapshot());
      assertThat(FlinkRooms.snapshot(r)).as(room).isEqualTo(expected);
      assertThat(expected.messages()).isEqualTo(byRoom.get(room).size());
      Rows rows = expected.rows();
      Row[] lines = (Row[]) ((Row) r.getField("result")).getField(MonetikTypes.ROWS);
      assertThat(lines).hasSize(rows.size());
      for (String c : rows.columns()) {
        assertThat(lines[0].getField(c)).as("%s %s", room, c).isEqualTo(rows.value(0, c));
      }
      assertThat(r.getField("start")).isEqualTo(byRoom.get(room).get(0).timestamp().truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
    }
  }

  @Test
  void theSampleOrdersStatementOnFlinkEqualsTheSingleJvm(@TempDir Path dir) throws Exception {
    List<io.github.monetik.affiliate.Order> orders = FlinkRooms.sampleOrders(dir);
    assertThat(orders).hasSize(400);
    io.github.monetik.affiliate.CommissionStatement single = Monetik.defaults().affiliate().statement(orders, FlinkRooms.AS_OF);
    assertThat(single.totals().payable().isPositive()).isTrue();
    assertThat(FlinkRooms.statement(orders, 2, RuntimeExecutionMode.STREAMING)).isEqualTo(single);
  }

  @Test
  void argumentsAreChecked() {
    assertThatThrownBy(() -> FlinkRooms.main(new String[] {"0"})).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rooms must be at least 1, was 0");
    assertThatThrownBy(() -> FlinkRooms.main(new String[] {"2", "x"})).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("minutes must be a whole number, was 'x'");
    assertThatThrownBy(() -> FlinkRooms.main(new String[] {"2", "1", "1", "target/x", "1", "eager"}))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("mode must be batch or streaming, was 'eager'");
  }
}
