package io.github.monetik.gifts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.monetik.testing.Hostile;
import io.github.monetik.testing.WebcastGenerators;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Laws of the decoder: what the test encoder writes it reads back exactly, in any of a message's
 * equivalent layouts; unknown fields of every wire type anywhere change nothing; and hostile bytes
 * (random, cut, flipped, patched, extended real payloads) give a gift event or the documented
 * {@link IllegalArgumentException} naming the payload, never another exception, never a hang.
 */
class WebcastGiftDecoderPropertiesTest {
  private static final List<byte[]> REAL = WebcastGenerators.allPayloads();
  private static final Duration LIMIT = Duration.ofSeconds(60);

  @Test
  void whatTheEncoderWritesDecodesExactly() {
    qt().withExamples(2_000).forAll(WebcastGenerators.giftEvents(), longs().all())
        .checkAssert((e, layout) -> assertThat(WebcastGiftDecoder.decode(WebcastGenerators.encode(e, layout, false)))
            .isEqualTo(e));
  }

  @Test
  void unknownFieldsOfEveryWireTypeAnywhereAreSkipped() {
    qt().withExamples(2_000).forAll(WebcastGenerators.giftEvents(), longs().all())
        .checkAssert((e, layout) -> assertThat(WebcastGiftDecoder.decode(WebcastGenerators.encode(e, layout, true)))
            .isEqualTo(e));
  }

  @Test
  void realPayloadsDecodeTheSameWithUnknownFieldsOrInAnyFieldOrder() {
    qt().withExamples(1_000).forAll(integers().between(0, REAL.size() - 1), longs().all()).checkAssert((k, seed) -> {
      GiftEvent original = WebcastGiftDecoder.decode(REAL.get(k));
      assertThat(WebcastGiftDecoder.decode(WebcastGenerators.withUnknownFields(REAL.get(k), seed))).isEqualTo(original);
      assertThat(WebcastGiftDecoder.decode(WebcastGenerators.reordered(REAL.get(k), seed))).isEqualTo(original);
    });
  }

  @Test
  void hostileBytesGiveAnEventOrTheDocumentedErrorQuickly() {
    assertTimeoutPreemptively(LIMIT, () -> qt().withExamples(20_000).forAll(WebcastGenerators.hostileBytes())
        .checkAssert(bytes -> Hostile.check(() -> WebcastGiftDecoder.decode(bytes), e -> e.repeatCount() >= 1,
            "^payload is not a WebcastGiftMessage: ", IllegalArgumentException.class)));
  }

  @Test
  void everyTruncationOfEveryRealPayloadIsAnEventOrTheDocumentedError() {
    WebcastGiftDecoderLawsTest.everyTruncationIsAnEventOrTheDocumentedError(REAL);
  }

  @Test
  void theEncoderRoundTripsTheCapturesToo() {
    // Decoding a real payload, writing the event again and decoding that gives the same event.
    qt().withExamples(500).forAll(integers().between(0, REAL.size() - 1), longs().all()).checkAssert((k, layout) -> {
      GiftEvent e = WebcastGiftDecoder.decode(REAL.get(k));
      assertThat(WebcastGiftDecoder.decode(WebcastGenerators.encode(e, layout, true))).isEqualTo(e);
    });
  }
}
