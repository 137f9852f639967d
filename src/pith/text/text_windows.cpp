// TextWindowReader: windows of whole paragraphs cut from a text as it is read.
#include "pith/text/text_windows.h"

#include <algorithm>
#include <cstring>

#include "pith/base/ascii.h"

namespace pith {

bool TextWindowReader::fill(std::size_t bytes, std::string* err) {
  constexpr std::size_t k_piece = std::size_t{1} << 20;
  while (!m_ended && m_end - m_begin < bytes) {
    if (m_buffer.size() - m_end < k_piece) {
      // Room for a piece: the pending bytes to the front, and a larger buffer when that is not
      // enough (a window holds up to 2 * m_window_bytes and more for a line with no end near).
      if (m_begin > 0) {
        std::memmove(m_buffer.data(), m_buffer.data() + m_begin, m_end - m_begin);
        m_end -= m_begin;
        m_begin = 0;
      }
      if (m_buffer.size() - m_end < k_piece)
        m_buffer.resize(std::max({m_buffer.size() * 2, m_end + k_piece, 3 * m_window_bytes}));
    }
    std::size_t got = 0;
    if (!m_source.read(m_buffer.data() + m_end, k_piece, &got, err)) return false;
    m_end += got;
    m_bytes_read += got;
    if (got == 0) m_ended = true;
  }
  return true;
}

std::size_t TextWindowReader::cut() const {
  std::string_view pending = this->pending();
  if (m_ended && pending.size() <= m_window_bytes) return pending.size();
  // The first empty line after the window's size: "\n\n" or "\n\r\n"; the window ends after its
  // first line break.
  std::size_t limit = std::min(pending.size(), 2 * m_window_bytes);
  for (std::size_t at = pending.find('\n', m_window_bytes); at != std::string_view::npos && at + 1 < limit;
       at = pending.find('\n', at + 1)) {
    if (pending[at + 1] == '\n' || (pending[at + 1] == '\r' && at + 2 < pending.size() && pending[at + 2] == '\n'))
      return at + 1;
  }
  if (!m_ended && pending.size() < 2 * m_window_bytes) return std::string_view::npos;  // read more first
  // No paragraph break near: after the last line break, or the whole of a line that has none.
  std::size_t last = pending.rfind('\n', limit > 0 ? limit - 1 : 0);
  if (last != std::string_view::npos) return last + 1;
  if (m_ended) return pending.size();
  std::size_t next = pending.find('\n', limit);
  return next == std::string_view::npos ? std::string_view::npos : next + 1;
}

bool TextWindowReader::next(std::string* window, int* first_line, std::string* err) {
  std::string_view view;
  if (!next(&view, first_line, err)) return false;
  window->assign(view);
  return true;
}

bool TextWindowReader::next(std::string_view* window, int* first_line, std::string* err) {
  std::size_t end = std::string::npos;
  for (std::size_t want = 2 * m_window_bytes + 1;; want = m_end - m_begin + m_window_bytes) {
    if (!fill(want, err)) return false;
    end = cut();
    if (end != std::string::npos) break;
  }
  if (end == 0) return false;
  std::string_view text = pending().substr(0, end);
  m_begin += end;
  *window = text;
  *first_line = m_next_line;
  // Lines as parse_text counts them: "\n", "\r\n" and a lone "\r" each end one. A window ends
  // after a "\n", so a "\r\n" is never split between two.
  m_next_line += static_cast<int>(ascii::count_byte(text, '\n'));
  for (std::size_t cr = text.find('\r'); cr != std::string_view::npos; cr = text.find('\r', cr + 1))
    if (cr + 1 == text.size() || text[cr + 1] != '\n') ++m_next_line;
  return true;
}

}  // namespace pith
