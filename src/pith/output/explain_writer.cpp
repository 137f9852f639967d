// --explain: the input with each removed block marked by the stage that took it, why, and its line.
#include "pith/output/writers.h"

namespace pith {

namespace {
constexpr std::string_view k_red = "\x1b[31m", k_dim = "\x1b[2m", k_reset = "\x1b[0m";

/// Appends `text`, a block's text of one line or more, starting each line after the first with
/// `margin`, so every line of the listing shows whether it was kept ("  ") or removed ("-").
void append_lines(std::string_view text, std::string_view margin, std::string& out) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c != '\n' && c != '\r') {
      out.push_back(c);
      continue;
    }
    if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
    out.push_back('\n');
    out += margin;
  }
}

/// Appends a reason on the one line it ends: line breaks and tabs a page's attributes carry
/// ("<div class=\"nav\rmenu\">") become spaces.
void append_reason(std::string_view reason, std::string& out) {
  for (char c : reason) out.push_back(c == '\n' || c == '\r' || c == '\t' ? ' ' : c);
}

/// The spans cut from a kept block, each on a line of its own under the block.
void write_spans(const Block& block, bool color, std::string& out) {
  for (const RemovedSpan& span : block.removed_spans) {
    if (color) out += k_red;
    out += "    - [";
    out += span.removed_by;
    out += "] ";
    append_lines(span.text, "    -   ", out);
    if (color) out += k_reset;
    if (!span.reason.empty()) {
      out += color ? std::string(k_dim) + "  # " : std::string("  # ");
      append_reason(span.reason, out);
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
        append_lines(block.text, "  ", out);
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
    append_lines(block.text, "-   ", out);
    if (color) out += k_reset;
    if (!block.reason.empty() || block.line > 0) {
      out += color ? std::string(k_dim) + "  # " : std::string("  # ");
      if (block.line > 0) {
        out += "line ";
        out += std::to_string(block.line);
        if (!block.reason.empty()) out += ": ";
      }
      append_reason(block.reason, out);
      if (color) out += k_reset;
    }
    out.push_back('\n');
  }
}

}  // namespace pith
