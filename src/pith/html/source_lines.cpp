// Line numbers of the page: offsets the parser reports, mapped back through the prescan.
#include "pith/html/source_lines.h"

#include <algorithm>
#include <cstring>
#include <string>

namespace pith::html {

SourceLines::SourceLines(std::string_view page, const Prescan& parsed) : m_parsed(parsed) {
  const char* begin = page.data();
  const char* end = begin + page.size();
  for (const char* at = begin; at < end;) {
    const void* found = std::memchr(at, '\n', static_cast<std::size_t>(end - at));
    if (!found) break;
    const char* newline = static_cast<const char*>(found);
    m_newlines.push_back(static_cast<std::size_t>(newline - begin));
    at = newline + 1;
  }
}

int SourceLines::line(std::size_t parsed_offset) const {
  if (parsed_offset == std::string::npos) return 0;
  std::size_t offset = m_parsed.page_offset(parsed_offset);
  return static_cast<int>(std::lower_bound(m_newlines.begin(), m_newlines.end(), offset) - m_newlines.begin()) + 1;
}

}  // namespace pith::html
