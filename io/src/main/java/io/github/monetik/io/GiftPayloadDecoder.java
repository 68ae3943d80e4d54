package io.github.monetik.io;

import io.github.monetik.gifts.GiftEvent;

/**
 * Decodes one raw {@code WebcastGiftMessage} protobuf payload: what {@link GiftReader} uses for
 * {@link GiftFormat#BASE64_PAYLOADS} and {@link GiftFormat#DELIMITED_PAYLOADS}. Core's decoder fits:
 * {@code GiftReader.lenient().withDecoder(WebcastGiftDecoder::decode)}, or with a host for payloads
 * that name none, {@code withDecoder(p -> WebcastGiftDecoder.decode(p, hostId))}.
 */
@FunctionalInterface
public interface GiftPayloadDecoder {
  /**
   * {@return the gift event in the payload}
   *
   * @param payload the message's bytes
   * @throws IllegalArgumentException if the bytes are not a valid gift message (the message says why; the reader
   *     adds the place)
   */
  GiftEvent decode(byte[] payload);
}
