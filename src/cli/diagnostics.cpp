// Diagnostics: per-kind counts over a run, the first few of each kind printed.
#include "cli/diagnostics.h"

#include <algorithm>
#include <cctype>

namespace cli {

std::string message_kind(std::string_view message) {
  // A closing "(...)" is detail (sizes, the members a record has), not the kind.
  if (message.ends_with(')')) {
    std::size_t open = message.rfind(" (");
    if (open != std::string_view::npos && open > 0) message = message.substr(0, open);
  }
  std::string kind;
  for (std::size_t i = 0; i < message.size(); ++i) {
    if (std::isdigit(static_cast<unsigned char>(message[i]))) {
      kind.push_back('N');
      while (i + 1 < message.size() && std::isdigit(static_cast<unsigned char>(message[i + 1]))) ++i;
    } else {
      kind.push_back(message[i]);
    }
  }
  return kind;
}

std::string Diagnostics::add(std::string_view where, std::string_view message) {
  std::string kind = message_kind(message);
  auto it = std::find_if(m_kinds.begin(), m_kinds.end(), [&](const Kind& k) { return k.kind == kind; });
  std::string first = std::string(where) + ": " + std::string(message);
  std::string line = "pith: " + first + "\n";
  if (it == m_kinds.end()) it = m_kinds.insert(m_kinds.end(), {kind, first, 0});
  std::size_t seen = ++it->count;
  if (seen < k_shown_per_kind) return line;
  if (seen == k_shown_per_kind)
    return line + "pith: (more like this are counted, not shown: " + it->kind + ")\n";
  return {};
}

std::string Diagnostics::unshown() const {
  std::string out;
  for (const Kind& k : m_kinds) {
    if (k.count <= k_shown_per_kind) continue;
    std::size_t more = k.count - k_shown_per_kind;
    out += "pith: ... and " + std::to_string(more) + " more like this: " + k.kind + " (" + std::to_string(k.count) +
           " in all)\n";
  }
  return out;
}

}  // namespace cli
