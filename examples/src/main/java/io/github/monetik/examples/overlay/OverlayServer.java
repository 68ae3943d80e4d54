package io.github.monetik.examples.overlay;

import io.github.monetik.examples.samples.GeneratedLive;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.monetik.gifts.CountedGift;
import io.github.monetik.gifts.GiftEvent;
import io.github.monetik.gifts.Gifts;
import io.github.monetik.gifts.LiveTally;
import io.github.monetik.gifts.SettlementIssue;
import io.github.monetik.gifts.TallyListener;
import io.github.monetik.gifts.TallyOptions;
import io.github.monetik.money.Money;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The LIVE overlay: a small page served on localhost by the JDK's own HTTP server
 * ({@code com.sun.net.httpserver}), fed by a {@link LiveTally} and updated by Server-Sent Events.
 *
 * <ul>
 *   <li>{@code GET /} the page, {@code /overlay.css} and {@code /overlay.js} its style and script
 *       (from this jar's resources; nothing from a CDN);
 *   <li>{@code GET /events} the page's state as Server-Sent Events: one {@code state} event with a
 *       {@link PageState} as JSON whenever the tally changed (at most every
 *       {@value #PUBLISH_MILLIS} ms), a comment line every 15 seconds to keep the connection open;
 *   <li>{@code GET /state} the current {@link PageState} as JSON, once.
 * </ul>
 *
 * <pre>{@code
 * try (OverlayServer overlay = OverlayServer.start(OverlayOptions.parse(List.of("generated", "--speed", "60")),
 *     Monetik.defaults().gifts(), System.in, System.err)) {
 *   System.out.println("open " + overlay.url());
 *   overlay.awaitDone(Duration.ofHours(1));
 * }
 * }</pre>
 *
 * <p><b>Thread safety.</b> Safe: one thread feeds the tally, a scheduler publishes its state, the
 * HTTP server's threads serve pages and event streams; {@link #state()}, {@link #tally()},
 * {@link #awaitDone} and {@link #close()} may be called from any thread.
 */
public final class OverlayServer implements AutoCloseable {
  /** How often, at most, a changed state is published: {@value} ms. */
  public static final long PUBLISH_MILLIS = 100;

  private static final ObjectMapper JSON = JsonMapper.builder().build();
  private static final String RESOURCES = "/io/github/monetik/examples/overlay/";
  private static final Map<String, String> FILES = Map.of("/", "index.html", "/index.html", "index.html",
      "/overlay.css", "overlay.css", "/overlay.js", "overlay.js");

  private final OverlayOptions options;
  private final LiveTally tally;
  private final LastGifts last;
  private final GiftFeed feed;
  private final PrintStream log;
  private final HttpServer http;
  private final ExecutorService httpThreads;
  private final ScheduledExecutorService publisher;
  private final Thread feeder;
  private final AtomicBoolean dirty = new AtomicBoolean(true);
  private final CountDownLatch pageConnected = new CountDownLatch(1);
  private final CountDownLatch done = new CountDownLatch(1);
  private final AtomicInteger pages = new AtomicInteger();
  private final Object changed = new Object();
  private volatile boolean closed;
  private volatile String phase = "waiting";
  private volatile String status;
  private volatile PageState state;
  private long seq;

  private OverlayServer(OverlayOptions options, Gifts gifts, GiftFeed feed, PrintStream log) throws IOException {
    this.options = options;
    this.feed = feed;
    this.log = log;
    this.status = feed.describe();
    this.tally = gifts.tally(TallyOptions.defaults());
    this.last = new LastGifts(options.last());
    tally.addListener(last);
    tally.addListener(new TallyListener() {
      @Override
      public void onSettled(CountedGift gift, Money creatorCash, boolean revised) {
        dirty.set(true);
      }

      @Override
      public void onCombo(CountedGift combo, boolean opened) {
        dirty.set(true);
      }

      @Override
      public void onIssue(SettlementIssue issue) {
        dirty.set(true);
      }
    });
    this.state = build();
    this.httpThreads = Executors.newCachedThreadPool(daemon("overlay-http"));
    this.http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), options.port()), 0);
    http.setExecutor(httpThreads);
    http.createContext("/", this::serveFile);
    http.createContext("/events", this::serveEvents);
    http.createContext("/state", this::serveState);
    this.publisher = Executors.newSingleThreadScheduledExecutor(daemon("overlay-publisher"));
    this.feeder = daemon("overlay-feed").newThread(this::runFeed);
  }

  /**
   * Starts serving and feeding: the page is at {@link #url()} at once; the feed starts now, or when
   * the first page connects ({@link OverlayOptions#waitForPage()}).
   *
   * @param options what to feed and show
   * @param gifts the gifts door whose tally counts the messages (its rules price them)
   * @param stdin where {@code -} reads NDJSON from
   * @param log where notices go (skipped NDJSON lines, the feed's end or failure)
   * @return the running overlay; close it to stop
   * @throws IOException if the port cannot be bound or a capture cannot be read
   * @throws IllegalArgumentException naming the file and line if a capture row is bad
   */
  public static OverlayServer start(OverlayOptions options, Gifts gifts, InputStream stdin, PrintStream log)
      throws IOException {
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(gifts, "gifts");
    Objects.requireNonNull(stdin, "stdin");
    Objects.requireNonNull(log, "log");
    GiftFeed feed = switch (options.source()) {
      case CAPTURE -> new Replay(fileName(options.capture()), Captures.read(options.capture()), options.speed());
      case GENERATED -> new Replay("generated LIVE (seed " + options.seed() + ", " + options.minutes() + " min)",
          GeneratedLive.events(options.seed(), options.minutes(), options.host()), options.speed());
      case STDIN -> new StreamFeed("standard input", stdin, gifts.giftCatalog(), options.host(), log);
    };
    OverlayServer s = new OverlayServer(options, gifts, feed, log);
    s.http.start();
    s.publisher.scheduleWithFixedDelay(s::publishIfChanged, 0, PUBLISH_MILLIS, TimeUnit.MILLISECONDS);
    s.feeder.start();
    return s;
  }

  private static String fileName(Path p) {
    Path f = p.getFileName();
    return f == null ? p.toString() : f.toString();
  }

  /** {@return the page's address, for example {@code http://127.0.0.1:8730/}} */
  public URI url() {
    return URI.create("http://127.0.0.1:" + http.getAddress().getPort() + "/");
  }

  /** {@return the tally the overlay feeds (read it, do not feed it)} */
  public LiveTally tally() {
    return tally;
  }

  /** {@return the state last published to the pages} */
  public PageState state() {
    return state;
  }

  /**
   * Waits until the input is done (a replay's last message, the end of standard input) and its final
   * state has been published.
   *
   * @param timeout how long to wait at most
   * @return true if done, false on timeout
   * @throws InterruptedException if interrupted while waiting
   */
  public boolean awaitDone(Duration timeout) throws InterruptedException {
    return done.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Stops feeding and serving; open event streams end. */
  @Override
  public void close() {
    closed = true;
    feeder.interrupt();
    publisher.shutdownNow();
    synchronized (changed) {
      changed.notifyAll();
    }
    http.stop(0);
    httpThreads.shutdownNow();
  }

  private void runFeed() {
    try {
      if (options.waitForPage()) {
        log.println("overlay: waiting for a page at " + url());
        pageConnected.await();
      }
      phase = "live";
      dirty.set(true);
      feed.feed(this::accept);
      status = feed.describe() + " (done)";
      log.println("overlay: input done, " + PageStates.grouped(tally.messages()) + " messages");
    } catch (InterruptedException e) {
      status = feed.describe() + " (stopped)";
    } catch (IOException | RuntimeException e) {
      status = feed.describe() + " (failed: " + e.getMessage() + ")";
      log.println("overlay: input failed: " + e);
    } finally {
      phase = "done";
      publish();
      done.countDown();
    }
  }

  private void accept(GiftEvent e) {
    tally.accept(e);
    dirty.set(true);
  }

  private void publishIfChanged() {
    try {
      if (dirty.getAndSet(false)) {
        publish();
      }
    } catch (RuntimeException e) {
      log.println("overlay: publishing failed: " + e);
    }
  }

  private synchronized void publish() {
    seq++;
    PageState next = build();
    synchronized (changed) {
      state = next;
      changed.notifyAll();
    }
  }

  private PageState build() {
    return PageStates.of(seq, phase, status, tally.snapshot(), last.entries(), options);
  }

  private void serveFile(HttpExchange x) throws IOException {
    try {
      String file = FILES.get(x.getRequestURI().getPath());
      if (!x.getRequestMethod().equals("GET") || file == null) {
        send(x, 404, "text/plain; charset=utf-8", "not found\n".getBytes(StandardCharsets.UTF_8));
        return;
      }
      byte[] body;
      try (InputStream in = OverlayServer.class.getResourceAsStream(RESOURCES + file)) {
        if (in == null) {
          throw new IOException("resource missing: " + RESOURCES + file);
        }
        body = in.readAllBytes();
      }
      String type = file.endsWith(".html") ? "text/html" : file.endsWith(".css") ? "text/css" : "text/javascript";
      send(x, 200, type + "; charset=utf-8", body);
    } finally {
      x.close();
    }
  }

  private void serveState(HttpExchange x) throws IOException {
    try {
      send(x, 200, "application/json; charset=utf-8", JSON.writeValueAsBytes(state));
    } finally {
      x.close();
    }
  }

  private static void send(HttpExchange x, int code, String type, byte[] body) throws IOException {
    x.getResponseHeaders().set("Content-Type", type);
    x.getResponseHeaders().set("Cache-Control", "no-store");
    x.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
    x.sendResponseHeaders(code, body.length);
    x.getResponseBody().write(body);
  }

  private void serveEvents(HttpExchange x) {
    try {
      x.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
      x.getResponseHeaders().set("Cache-Control", "no-store");
      x.sendResponseHeaders(200, 0);
      OutputStream out = x.getResponseBody();
      pages.incrementAndGet();
      pageConnected.countDown();
      long sent = -1;
      long lastWrite = System.nanoTime();
      while (!closed) {
        PageState s;
        synchronized (changed) {
          while (!closed && state.seq() == sent && System.nanoTime() - lastWrite < TimeUnit.SECONDS.toNanos(15)) {
            changed.wait(1_000);
          }
          s = state;
        }
        if (closed) {
          break;
        }
        if (s.seq() != sent) {
          out.write(("id: " + s.seq() + "\nevent: state\ndata: ").getBytes(StandardCharsets.UTF_8));
          out.write(JSON.writeValueAsBytes(s));
          out.write("\n\n".getBytes(StandardCharsets.UTF_8));
          sent = s.seq();
        } else {
          out.write(": keep-alive\n\n".getBytes(StandardCharsets.UTF_8));
        }
        out.flush();
        lastWrite = System.nanoTime();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException | UncheckedIOException e) {
      // the page went away
    } finally {
      pages.decrementAndGet();
      x.close();
    }
  }

  /** {@return how many pages are connected to the event stream now} */
  public int pages() {
    return pages.get();
  }

  /** {@return the options it runs with} */
  public OverlayOptions options() {
    return options;
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, name + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

}
