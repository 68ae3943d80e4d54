package io.github.monetik.io;

/** Decodes the gift message on the reader's current line into a sink; one instance per chunk (not thread-safe). */
interface GiftDecoder {
  void decode(LineReader line, GiftSink sink);
}
