package io.github.monetik.affiliate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user of the affiliate package compiles with {@code -Werror} against the core classes alone, no
 * Immutables: the hand-built value types leave no annotation element in the bytecode that javac
 * would look up and warn about.
 */
class AffiliateConsumerTest {
  @Test
  void aConsumerOfEveryAffiliateTypeCompilesWithWerror(@TempDir Path dir) throws Exception {
    Path src = dir.resolve("src/Shop.java");
    Files.createDirectories(src.getParent());
    Files.writeString(src, String.join("\n",
        "import io.github.monetik.Monetik;",
        "import io.github.monetik.affiliate.*;",
        "import io.github.monetik.money.*;",
        "import java.time.LocalDate;",
        "import java.util.List;",
        "public class Shop {",
        "  public static void main(String[] args) {",
        "    LocalDate d = LocalDate.of(2025, 3, 3);",
        "    Product p = Product.builder().id(\"p\").title(\"P\").price(Money.of(\"1\", \"USD\"))",
        "        .addRateHistory(RateChange.of(d, Rate.percent(10))).build().withShopAdsRate(Rate.percent(5));",
        "    OrderLine l = OrderLine.builder().product(p).quantity(1).unitPrice(Money.of(\"10\", \"USD\")).build();",
        "    Order o = Order.builder().id(\"o\").addLines(l).addEvents(OrderEvent.placed(d)).build();",
        "    Affiliate a = Monetik.defaults().affiliate();",
        "    CommissionPolicy policy = CommissionPolicy.builder().from(a.commissionPolicy()).build();",
        "    CommissionStatement s = a.statement(List.of(o), d);",
        "    System.out.print(policy.name() + \"|\" + s.pending() + \"|\" + a.commission(o).status());",
        "  }",
        "}"));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
    int status = javac.run(null, diagnostics, diagnostics, "-Werror", "-Xlint:all", "--release", "17",
        "-cp", Paths.get("target", "classes").toString(), "-d", dir.resolve("out").toString(), src.toString());
    assertThat(diagnostics.toString(StandardCharsets.UTF_8)).isEmpty();
    assertThat(status).isZero();
  }
}
