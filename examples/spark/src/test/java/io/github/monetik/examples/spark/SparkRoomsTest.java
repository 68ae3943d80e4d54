package io.github.monetik.examples.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example job on a small seed: every room settled by Spark equals the single JVM's settlement, and the sample's statement OrderReader's. */
class SparkRoomsTest {
  @Test
  void everyRoomEqualsTheSingleJvm(@TempDir Path dir) throws Exception {
    ByteArrayOutputStream text = new ByteArrayOutputStream();
    SparkRooms.Outcome o = SparkRooms.run(30, 12, 5, dir, List.of("local[2]"),
        new PrintStream(text, true, StandardCharsets.UTF_8));
    assertThat(o.rooms()).isEqualTo(30);
    assertThat(o.messages()).isGreaterThan(3_000);
    assertThat(o.equalRooms()).isEqualTo(o.rooms());
    assertThat(text.toString(StandardCharsets.UTF_8)).contains("30 of 30 rooms equal to the single JVM")
        .contains("commission statement of 400 orders as of 2025-04-30").contains("equal to OrderReader's");
    assertThat(o.statementsEqual()).isTrue();
  }
}
