package io.github.monetik.examples.overlay;

import io.github.monetik.examples.samples.GeneratedLive;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.monetik.Monetik;
import io.github.monetik.gifts.EarningsRow;
import io.github.monetik.gifts.GiftEvent;
import io.github.monetik.gifts.Gifts;
import io.github.monetik.gifts.LiveEarnings;
import io.github.monetik.gifts.LiveSnapshot;
import io.github.monetik.gifts.TallyOptions;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The overlay page in a real browser (Debian's headless {@code chromium} through
 * {@code chromium-driver}): for every recorded capture, and a generated LIVE, the server replays at
 * max speed, the page follows by Server-Sent Events, and once the replay is done the goal bar, the
 * top gifters and the totals on the page must equal the tally's report of the same messages. Saves a
 * screenshot of the generated LIVE to {@code docs/overlay.png}.
 *
 * <p>Browser missing: with {@code -Dmonetik.browser=optional} (or no value and no {@code CI}
 * environment variable) the test is skipped with a loud message; with {@code required} (or no value
 * and {@code CI} set) it fails. A browser that is there and a page that is wrong always fail.
 */
@Timeout(120)
class OverlayBrowserTest {
  static final Path CAPTURES = Path.of("..", "core", "src", "test", "resources", "live-gifts");
  static final Path SCREENSHOT = Path.of("..", "docs", "overlay.png");
  private static final Duration WAIT = Duration.ofSeconds(20);

  private static ChromeDriver browser;

  /** How long the test waits for {@code .ci/run}'s background install of the browser. */
  private static final Duration INSTALL_LIMIT = Duration.ofMinutes(15);

  /**
   * Waits while {@code .ci/run} installs chromium in the background: it names, in
   * {@code MONETIK_BROWSER_INSTALL}, the file that holds apt-get's exit status once the install is done.
   */
  private static void awaitBrowserInstall() {
    String status = System.getenv("MONETIK_BROWSER_INSTALL");
    if (status == null || status.isBlank()) {
      return;
    }
    Path done = Path.of(status);
    long deadline = System.nanoTime() + INSTALL_LIMIT.toNanos();
    if (!Files.exists(done)) {
      System.err.println("OverlayBrowserTest: waiting for the browser install (" + done + ")");
    }
    while (!Files.exists(done)) {
      if (System.nanoTime() - deadline > 0) {
        fail("the browser install did not finish within " + INSTALL_LIMIT + ": no " + done);
      }
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        fail("interrupted while waiting for the browser install", e);
      }
    }
  }

  @BeforeAll
  static void openBrowser() {
    String mode = System.getProperty("monetik.browser", "").strip();
    boolean required = mode.equals("required") || (mode.isEmpty() && System.getenv("CI") != null);
    awaitBrowserInstall();
    File chromium = firstExisting("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome");
    File driver = firstExisting("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");
    if (chromium == null || driver == null) {
      String message = "\n*** OverlayBrowserTest: " + (chromium == null ? "chromium" : "chromedriver")
          + " not found; install Debian's chromium and chromium-driver (apt-get install -y chromium chromium-driver)."
          + " monetik.browser=" + (mode.isEmpty() ? "(unset)" : mode) + ", CI " + (System.getenv("CI") == null ? "unset" : "set")
          + " ***\n";
      System.err.println(message);
      if (required) {
        fail(message);
      }
      Assumptions.abort(message);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium);
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--window-size=420,1000", "--hide-scrollbars");
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver).usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
  }

  @AfterAll
  static void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  private static File firstExisting(String... paths) {
    for (String p : paths) {
      File f = new File(p);
      if (f.canExecute()) {
        return f;
      }
    }
    return null;
  }

  @Test
  void everyCaptureShowsWhatTheTallyReports() throws Exception {
    List<Path> files;
    try (Stream<Path> s = Files.list(CAPTURES)) {
      files = s.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
    }
    assertThat(files).hasSizeGreaterThanOrEqualTo(7);
    for (Path f : files) {
      OverlayOptions o = OverlayOptions.defaults(f.toString());
      check(o, Captures.read(f), null);
    }
  }

  @Test
  void aGeneratedLiveShowsWhatTheTallyReportsAndIsPhotographed() throws Exception {
    // overlay generated --minutes 15 --zone UTC --top 5 --goal "USD 200"
    OverlayOptions o = new OverlayOptions(OverlayOptions.GENERATED, OverlayOptions.DEFAULT_PORT, Speed.REAL_TIME,
        Goal.parse("USD 200", OverlayOptions.currency()), 5, 5, 15, ZoneOffset.UTC, 1, 15, "host", false, false);
    check(o, GeneratedLive.events(o.seed(), o.minutes(), o.host()), SCREENSHOT);
  }

  private static void check(OverlayOptions given, List<GiftEvent> events, Path screenshot) throws Exception {
    Gifts gifts = Monetik.defaults().gifts();
    OverlayOptions o = given.withPort(0).withSpeed(Speed.MAX).withWaitForPage(true).withZone(ZoneOffset.UTC);
    try (OverlayServer server = OverlayServer.start(o, gifts, new ByteArrayInputStream(new byte[0]),
        new PrintStream(OutputStream.nullOutputStream()))) {
      browser.get(server.url().toString());
      assertThat(server.awaitDone(WAIT)).as("replay done").isTrue();
      new WebDriverWait(browser, WAIT).until(d -> "done".equals(d.findElement(By.tagName("body")).getAttribute("data-phase")));

      // The report: the same messages through a tally of their own, and through the batch settlement.
      LiveSnapshot expected = gifts.tally(TallyOptions.defaults()).acceptAll(events).snapshot();
      LiveEarnings e = expected.earnings();
      String what = o.input();
      assertThat(server.tally().snapshot()).as(what).isEqualTo(expected);
      LiveEarnings batch = gifts.earnings(gifts.settle(events));
      if (expected.issues().stream().noneMatch(i -> i.kind().name().equals("EXPIRED"))) {
        assertThat(batch.coins()).as(what + ": batch coins").isEqualTo(e.coins());
        assertThat(batch.creatorCash()).as(what + ": batch creator cash").isEqualTo(e.creatorCash());
      }

      Goal.Progress p = o.goal().progress(expected);
      assertThat(text("goal-value")).as(what + ": goal value").isEqualTo(p.value());
      assertThat(text("goal-target")).as(what + ": goal target").isEqualTo(o.goal().targetText());
      assertThat(text("goal-air")).as(what + ": in the air").isEqualTo(p.air());
      WebElement bar = browser.findElement(By.id("goal-bar"));
      assertThat(bar.getAttribute("role")).isEqualTo("progressbar");
      assertThat(bar.getAttribute("aria-valuenow")).as(what).isEqualTo(Integer.toString(p.permille()));
      assertThat(bar.getAttribute("aria-valuetext")).as(what).isEqualTo(p.text());
      assertThat(browser.findElement(By.id("last")).getAttribute("aria-live")).isEqualTo("polite");

      assertThat(text("total-gifts")).as(what + ": gifts").isEqualTo(PageStates.grouped(e.gifts()));
      assertThat(text("total-coins")).as(what + ": coins").isEqualTo(e.coins().toString());
      assertThat(text("total-diamonds")).as(what + ": diamonds").isEqualTo(e.diamonds().toString());
      assertThat(text("total-cash")).as(what + ": creator cash").isEqualTo(e.creatorCash().toString());
      assertThat(text("air-coins")).as(what + ": open coins").isEqualTo(expected.openCoins().toString());

      List<String> shown = new ArrayList<>();
      for (WebElement li : browser.findElements(By.cssSelector("#top li[data-id]"))) {
        shown.add(li.findElement(By.className("name")).getText() + " | " + li.findElement(By.className("coins")).getText());
      }
      List<String> top = new ArrayList<>();
      for (EarningsRow r : e.topSenders(o.top())) {
        top.add(r.name().orElse(r.label()) + " | " + r.coins());
      }
      assertThat(shown).as(what + ": top gifters").isEqualTo(top);
      // The last gifts: what the server sent, newest first, as many as settled (a combo is one entry).
      List<String> lastShown = new ArrayList<>();
      for (WebElement li : browser.findElements(By.cssSelector("#last li"))) {
        lastShown.add(li.findElement(By.className("name")).getText());
      }
      assertThat(lastShown).as(what + ": last gifts")
          .isEqualTo(server.state().last().stream().map(PageState.LastGift::text).toList());
      long settledEntries = gifts.settle(events).settled().size();
      if (expected.issues().stream().noneMatch(i -> i.kind().name().equals("EXPIRED"))) {
        assertThat(lastShown).as(what + ": last gifts").hasSize((int) Math.min(o.last(), settledEntries));
      }

      if (screenshot != null) {
        // Transparent in OBS; a dark backdrop for the picture only.
        ((JavascriptExecutor) browser).executeScript("document.documentElement.style.background = '#2b2b3a'");
        Files.createDirectories(screenshot.getParent());
        Files.write(screenshot, browser.getScreenshotAs(OutputType.BYTES));
      }
    }
  }

  private static String text(String id) {
    return browser.findElement(By.id(id)).getText();
  }
}
