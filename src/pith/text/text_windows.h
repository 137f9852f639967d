// A large text input cut into windows of whole paragraphs as it is read, so that cleaning it
// holds one window in memory, not the whole input (Pipeline::clean_text_windows).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "pith/input/byte_source.h"

namespace pith {

/// A text input over this many bytes is cleaned in windows (Pipeline::clean_text_windows); a
/// smaller one is cleaned whole, as before. Whole, a text costs about four times its size in
/// memory (219 MB for the 55 MB benchmark corpus), so this keeps any input under 100 MB.
inline constexpr std::size_t k_text_stream_min_bytes = std::size_t{16} << 20;

/// The size a window is cut at: the first paragraph break after this many bytes.
inline constexpr std::size_t k_text_window_bytes = std::size_t{2} << 20;

/// Reads a text from a ByteSource and hands it out in windows of whole lines. A window ends at
/// the first paragraph break (an empty line) after `window_bytes`; when none comes within
/// another `window_bytes`, after the last line break there; a line is never cut, however long.
class TextWindowReader {
 public:
  TextWindowReader(ByteSource& source, std::size_t window_bytes) : m_source(source), m_window_bytes(window_bytes) {}

  /// The next window's bytes in `*window` (whole lines; every window but the last ends in a
  /// line break) and the input's line number (1-based, as parse_text counts lines) of its first
  /// line in `*first_line`. False at the end of the input, or with `err` set when reading failed.
  bool next(std::string* window, int* first_line, std::string* err);

  /// next() without a copy: `*window` views the reader's buffer and stays valid until the next
  /// call (a window is read into that buffer once and parsed from there).
  bool next(std::string_view* window, int* first_line, std::string* err);

  /// Bytes read from the source so far.
  std::size_t bytes_read() const { return m_bytes_read; }

 private:
  /// Reads until pending() holds `bytes` or the input ends; false with `err` on a read error.
  bool fill(std::size_t bytes, std::string* err);
  /// Where the window at the start of pending() ends (see the class comment), or npos when
  /// more input is needed to say.
  std::size_t cut() const;
  /// The bytes read and not yet handed out.
  std::string_view pending() const { return {m_buffer.data() + m_begin, m_end - m_begin}; }

  ByteSource& m_source;
  std::size_t m_window_bytes;
  /// Bytes are read straight into this buffer and handed out from it; [m_begin, m_end) is
  /// pending. Moved to the front only when a read would not fit after it: about three windows'
  /// size, so that happens about once a window. Six windows moved less and cost more: the
  /// memory a stream touches is time (the kernel zeroes each page at its first touch).
  std::string m_buffer;
  std::size_t m_begin = 0;
  std::size_t m_end = 0;
  bool m_ended = false;
  std::size_t m_bytes_read = 0;
  int m_next_line = 1;
};

}  // namespace pith
