// Text output: the kept blocks, one per line.
#include "pith/output/writers.h"

namespace pith {

namespace {

/// A preformatted block's lines with their indentation, each ending in '\n', without the lines
/// that hold only white space: an empty line ends a document in text output, never a block.
void write_preformatted(std::string_view text, std::string& out) {
  while (!text.empty()) {
    std::size_t end = text.find('\n');
    std::string_view line = text.substr(0, end);
    text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
    std::size_t last = line.find_last_not_of(" \t\r\f\v");
    if (last == std::string_view::npos) continue;
    out.append(line.substr(0, last + 1));
    out.push_back('\n');
  }
}

}  // namespace

void write_text_block(const Block& block, std::string& out) {
  if (!block.kept() || block.text.empty()) return;
  if (block.kind == BlockKind::preformatted) {
    write_preformatted(block.text, out);
    return;
  }
  out += block.text;
  out.push_back('\n');
}

void write_text(const Document& doc, std::string& out) {
  for (const Block& block : doc.blocks) write_text_block(block, out);
}

std::string kept_text(const Document& doc) {
  std::string text;
  write_text(doc, text);
  if (!text.empty()) text.pop_back();
  return text;
}

}  // namespace pith
