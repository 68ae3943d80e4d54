package io.github.monetik.gifts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.monetik.testing.WebcastGenerators;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The decoder's laws of {@link WebcastGiftDecoderPropertiesTest} on fixed inputs (seeds 1 to 300, every
 * real payload, every truncation of one per capture), deterministic, so the mutation run (which leaves the
 * properties to surefire, where their seeds are fresh) judges the decoder and the wire reader by them.
 */
class WebcastGiftDecoderLawsTest {
  private static final List<byte[]> REAL = WebcastGenerators.allPayloads();
  private static final Duration LIMIT = Duration.ofSeconds(60);

  @Test
  void whatTheEncoderWritesDecodesExactlyWithOrWithoutUnknownFieldsOfEveryWireType() {
    for (long seed = 1; seed <= 300; seed++) {
      GiftEvent e = WebcastGenerators.giftEvent(seed);
      assertThat(WebcastGiftDecoder.decode(WebcastGenerators.encode(e, seed, false))).as("seed %s", seed).isEqualTo(e);
      assertThat(WebcastGiftDecoder.decode(WebcastGenerators.encode(e, ~seed, true))).as("seed %s, unknowns", seed)
          .isEqualTo(e);
    }
  }

  @Test
  void realPayloadsDecodeTheSameWithUnknownFieldsInAnyFieldOrderAndWrittenAgain() {
    for (int k = 0; k < REAL.size(); k++) {
      GiftEvent original = WebcastGiftDecoder.decode(REAL.get(k));
      assertThat(WebcastGiftDecoder.decode(WebcastGenerators.withUnknownFields(REAL.get(k), k))).isEqualTo(original);
      assertThat(WebcastGiftDecoder.decode(WebcastGenerators.reordered(REAL.get(k), k))).isEqualTo(original);
      assertThat(WebcastGiftDecoder.decode(WebcastGenerators.encode(original, k, true))).isEqualTo(original);
    }
  }

  /** The first payload of each capture here; every payload's in {@link WebcastGiftDecoderPropertiesTest}. */
  @Test
  void everyTruncationOfARealPayloadIsAnEventOrTheDocumentedError() {
    everyTruncationIsAnEventOrTheDocumentedError(
        WebcastGenerators.CAPTURES.stream().map(c -> WebcastGenerators.payloads(c).get(0)).toList());
  }

  /** Every cut of each payload decodes, alone and as a slice of the whole, to the same event or the same error. */
  static void everyTruncationIsAnEventOrTheDocumentedError(List<byte[]> payloads) {
    assertTimeoutPreemptively(LIMIT, () -> {
      int refused = 0;
      int decoded = 0;
      for (byte[] payload : payloads) {
        for (int n = 0; n < payload.length; n++) {
          byte[] cut = Arrays.copyOf(payload, n);
          Throwable alone = catchThrowable(() -> WebcastGiftDecoder.decode(cut));
          // The slice of the whole payload reads exactly as the copy: nothing past its end is read.
          Throwable slice = catchThrowable(() -> WebcastGiftDecoder.decode(payload, 0, cut.length));
          if (alone == null) {
            decoded++;
            assertThat(slice).isNull();
            assertThat(WebcastGiftDecoder.decode(payload, 0, n)).isEqualTo(WebcastGiftDecoder.decode(cut));
          } else {
            refused++;
            assertThat(alone).isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("payload is not a WebcastGiftMessage: ");
            assertThat(slice).isExactlyInstanceOf(IllegalArgumentException.class).hasMessage(alone.getMessage());
          }
        }
      }
      // Most cuts fall inside a field; a cut after a complete field is a shorter, often complete, message.
      assertThat(refused).isGreaterThan(decoded);
    });
  }
}
