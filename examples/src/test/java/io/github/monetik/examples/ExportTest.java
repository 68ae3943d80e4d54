package io.github.monetik.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportTest {
  private static Map<String, Object> row(String month, String amount) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("month", month);
    row.put("amount", new BigDecimal(amount));
    return row;
  }

  @Test
  void rowsRoundTripThroughCsvExactly(@TempDir Path dir) throws Exception {
    List<Map<String, Object>> rows = List.of(row("2025-03", "149.995"), row("2025-04", "1E+3"));
    Path csv = Export.csv(rows, dir.resolve("r.csv"));
    assertThat(Files.readString(csv)).isEqualTo("month,amount\r\n2025-03,149.995\r\n2025-04,1000\r\n");
    assertThat(Export.readCsv(csv)).containsExactly(Map.of("month", "2025-03", "amount", "149.995"),
        Map.of("month", "2025-04", "amount", "1000"));
    assertThat(Files.readString(Export.json(rows, dir.resolve("r.json")))).contains("\"amount\" : 149.995").contains("\"month\" : \"2025-04\"");
  }

  @Test
  void chartsArePngFiles(@TempDir Path dir) throws Exception {
    Path png = Charts.bars("Income", "month", "USD", Map.of("2025-03", new BigDecimal("149.995")), dir.resolve("income"));
    byte[] bytes = Files.readAllBytes(png);
    assertThat(png.getFileName().toString()).isEqualTo("income.png");
    assertThat(bytes).startsWith(0x89, 'P', 'N', 'G');
  }
}
