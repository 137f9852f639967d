// Text output: the kept blocks, one per line.
#include "pith/output/writers.h"

namespace pith {

void write_text(const Document& doc, std::string& out) {
  for (const Block& block : doc.blocks) {
    if (!block.kept() || block.text.empty()) continue;
    out += block.text;
    out.push_back('\n');
  }
}

std::string kept_text(const Document& doc) {
  std::string text;
  write_text(doc, text);
  if (!text.empty()) text.pop_back();
  return text;
}

}  // namespace pith
