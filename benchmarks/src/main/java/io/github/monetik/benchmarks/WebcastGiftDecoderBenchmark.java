package io.github.monetik.benchmarks;

import io.github.monetik.gifts.GiftEvent;
import io.github.monetik.gifts.WebcastGiftDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Decoding TikTok's own bytes: the 21 recorded {@code WebcastGiftMessage} payloads of one capture
 * ({@code live-gifts/ab.b64}, 3,323 bytes on average) to {@link GiftEvent}s with
 * {@link WebcastGiftDecoder}, per payload, against in the same run copying each payload
 * ({@code byte[].clone()}, the least any decoder that keeps the bytes costs) and summing each payload's
 * bytes (touching every byte once). The decoder reads the few fields it needs and jumps over the
 * rest by their length prefixes, so it touches far fewer bytes than the sum. The base64 pair measures
 * reading one line of a {@code .b64} capture: JDK base64 alone, then base64 and decoding.
 *
 * <p>Scores are nanoseconds per payload ({@code @OperationsPerInvocation} = 21).
 *
 * <p>Measured 2026-12-01 on a shared 2-core machine under heavy load (load average 14-18, so the
 * errors are as large as the scores): three runs of
 * {@code java -jar benchmarks/target/benchmarks.jar WebcastGiftDecoderBenchmark -f 1 -wi 3 -i 5 -w 1s -r 1s}
 * gave decode 1,900 / 3,577 / 1,491 ns per payload, summing the bytes 3,079 / 4,214 / 3,071 ns,
 * copying them 779 / 20,859 / 4,999 ns (allocation, so at the mercy of the shared machine's GC), base64
 * alone 10,444 / 14,678 / 13,697 ns and base64 then decode 16,280 / 20,744 / 19,543 ns. So decoding a
 * payload costs about half to 0.85x of reading its every byte once, about 2.4x one copy in the quietest
 * run, and is 8 to 17% of the cost of reading a {@code .b64} line, which base64 dominates.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class WebcastGiftDecoderBenchmark {
  private static final int PAYLOADS = 21;

  String[] lines;
  byte[][] payloads;

  /** Reads the capture. */
  @Setup
  public void load() {
    try (InputStream in = WebcastGiftDecoderBenchmark.class.getResourceAsStream("/live-gifts/ab.b64")) {
      if (in == null) {
        throw new IllegalStateException("no /live-gifts/ab.b64 on the class path");
      }
      lines = new String(in.readAllBytes(), StandardCharsets.US_ASCII).strip().split("\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (lines.length != PAYLOADS) {
      throw new IllegalStateException("expected " + PAYLOADS + " payloads, found " + lines.length);
    }
    payloads = new byte[PAYLOADS][];
    for (int i = 0; i < PAYLOADS; i++) {
      payloads[i] = Base64.getDecoder().decode(lines[i]);
      WebcastGiftDecoder.decode(payloads[i]); // each one decodes
    }
  }

  /** The decoder, per payload. */
  @Benchmark
  @OperationsPerInvocation(PAYLOADS)
  public void decode(Blackhole bh) {
    for (byte[] p : payloads) {
      bh.consume(WebcastGiftDecoder.decode(p));
    }
  }

  /** Baseline: a copy of each payload. */
  @Benchmark
  @OperationsPerInvocation(PAYLOADS)
  public void baselineCopy(Blackhole bh) {
    for (byte[] p : payloads) {
      bh.consume(p.clone());
    }
  }

  /** Baseline: every byte of each payload read once. */
  @Benchmark
  @OperationsPerInvocation(PAYLOADS)
  public void baselineSumBytes(Blackhole bh) {
    for (byte[] p : payloads) {
      long sum = 0;
      for (byte b : p) {
        sum += b;
      }
      bh.consume(sum);
    }
  }

  /** Baseline for a {@code .b64} line: the JDK's base64 alone. */
  @Benchmark
  @OperationsPerInvocation(PAYLOADS)
  public void baselineBase64Only(Blackhole bh) {
    for (String line : lines) {
      bh.consume(Base64.getDecoder().decode(line));
    }
  }

  /** A {@code .b64} line: base64, then the decoder. */
  @Benchmark
  @OperationsPerInvocation(PAYLOADS)
  public void decodeBase64Line(Blackhole bh) {
    for (String line : lines) {
      bh.consume(WebcastGiftDecoder.decodeBase64(line));
    }
  }
}
