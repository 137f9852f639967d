// JSON escaping: quotes, backslashes and control characters; invalid UTF-8 repaired, valid UTF-8 passes.
#include "pith/output/json_escape.h"

#include "pith/base/ascii.h"
#include "pith/input/utf8.h"

namespace pith::json {

void append_string(std::string& out, std::string_view text) {
  // JSON is UTF-8: a value that is not (a WARC header's raw bytes, a pass-through field) is
  // repaired here, so no writer can emit a line that fails to parse.
  if (!utf8::is_valid(text)) {
    std::string repaired(text);
    utf8::repair(repaired);
    append_string(out, repaired);
    return;
  }
  static constexpr char k_hex[] = "0123456789abcdef";
  out.push_back('"');
  // The bytes to escape: runs between them are found sixteen bytes at a time and copied whole.
  static constexpr ascii::StopBytes k_escaped(0x20, {'"', '\\'});
  std::size_t run = 0;  // start of the pending run of bytes that need no escaping
  for (std::size_t i = 0; (i = ascii::next_stop(text, i, k_escaped)) < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    out.append(text, run, i - run);
    run = i + 1;
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\t': out += "\\t"; break;
      case '\r': out += "\\r"; break;
      default:
        out += "\\u00";
        out.push_back(k_hex[c >> 4]);
        out.push_back(k_hex[c & 0xF]);
    }
  }
  out.append(text, run, text.size() - run);
  out.push_back('"');
}

void append_string_or_null(std::string& out, std::string_view text) {
  if (text.empty()) out += "null";
  else append_string(out, text);
}

}  // namespace pith::json
