// Lines to blocks; CRLF and lone CR count as line ends.
#include "pith/text/text_parser.h"

#include <algorithm>

#include "pith/base/ascii.h"
#include "pith/base/line_shape.h"
#include "pith/input/utf8.h"

namespace pith {

void parse_text(std::string_view text, Document& doc, int first_line) {
  parse_text(text, doc.blocks, first_line, 0);
}

void parse_text(std::string_view text, std::vector<Block>& blocks, int first_line, std::size_t room_after) {
  int line = first_line - 1;
  std::size_t start = 0;
  // Next '\r' at or after `start`, kept between lines: find_first_of("\r\n") calls memchr once
  // per byte, while two memchr scans (one usually finding nothing) run at memory speed.
  std::size_t next_cr = text.find('\r');
  // Room for a block per line up front: growing by doubling would move every block a window
  // holds (thousands, a few hundred bytes each) a dozen times over.
  std::size_t lines = 1 + ascii::count_byte(text, '\n');
  blocks.reserve(blocks.size() + lines + room_after);
  while (start <= text.size()) {
    if (next_cr < start) next_cr = text.find('\r', start);
    std::size_t end = std::min(text.find('\n', start), next_cr);
    if (end == std::string_view::npos) end = text.size();
    ++line;
    std::string_view content = shape::trim(text.substr(start, end - start));
    if (!content.empty()) {
      // Built in place: a Block moved in would be moved and destroyed once more per line.
      Block& block = blocks.emplace_back();
      block.text.assign(content);
      block.line = line;
    }
    if (end == text.size()) break;
    start = end + ((text[end] == '\r' && end + 1 < text.size() && text[end + 1] == '\n') ? 2 : 1);
  }
}

std::string guess_text_title(const Document& doc) {
  /// Headlines run to a dozen words or so; 150 code points leaves room for long ones.
  constexpr std::size_t k_max_title_chars = 150;
  for (const Block& block : doc.blocks) {
    if (!block.kept() || block.text.empty()) continue;
    std::string_view text = block.text;
    if (utf8::count_code_points(text) > k_max_title_chars) return {};
    char last = text.back();
    if (last == '.' || last == ',' || last == ';') return {};
    return std::string(text);
  }
  return {};
}

}  // namespace pith
