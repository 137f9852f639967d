// --explain: the input with each removed block marked by the stage that took it, why, and its line.
#include "pith/output/writers.h"

namespace pith {

namespace {
constexpr std::string_view k_red = "\x1b[31m", k_dim = "\x1b[2m", k_reset = "\x1b[0m";

/// The spans cut from a kept block, each on a line of its own under the block.
void write_spans(const Block& block, bool color, std::string& out) {
  for (const RemovedSpan& span : block.removed_spans) {
    if (color) out += k_red;
    out += "    - [";
    out += span.removed_by;
    out += "] ";
    out += span.text;
    if (color) out += k_reset;
    if (!span.reason.empty()) {
      out += color ? std::string(k_dim) + "  # " : std::string("  # ");
      out += span.reason;
      if (color) out += k_reset;
    }
    out.push_back('\n');
  }
}

/// The rewrites normalisers recorded in a kept block, one a line: "~ [stage] before → after".
void write_repairs(const Block& block, std::string& out) {
  for (const TextRepair& repair : block.repairs) {
    out += "    ~ [";
    out += repair.stage;
    out += "] ";
    out += repair.before;
    out += " \u2192 ";
    out += repair.after;
    out.push_back('\n');
  }
}
}

void write_explain(const Document& doc, bool color, std::string& out) {
  for (const Block& block : doc.blocks) {
    if (block.kept()) {
      if (!block.text.empty()) {
        out += "  ";
        out += block.text;
        out.push_back('\n');
      }
      write_spans(block, color, out);
      write_repairs(block, out);
      continue;
    }
    if (color) out += k_red;
    out += "- [";
    out += block.removed_by;
    out += "] ";
    out += block.text;
    if (color) out += k_reset;
    if (!block.reason.empty() || block.line > 0) {
      out += color ? std::string(k_dim) + "  # " : std::string("  # ");
      if (block.line > 0) {
        out += "line ";
        out += std::to_string(block.line);
        if (!block.reason.empty()) out += ": ";
      }
      out += block.reason;
      if (color) out += k_reset;
    }
    out.push_back('\n');
  }
}

}  // namespace pith
