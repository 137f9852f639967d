// Line numbers of the page as given, for offsets in the page the parser saw (after the prescan).
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "pith/html/prescan.h"

namespace pith::html {

class SourceLines {
 public:
  /// `page` is the decoded page the prescan rewrote into `parsed`; both must outlive this.
  SourceLines(std::string_view page, const Prescan& parsed);

  /// The 1-based line of `page` that byte `parsed_offset` of the parsed page came from, or 0
  /// for npos (a position Gumbo did not give).
  int line(std::size_t parsed_offset) const;

 private:
  const Prescan& m_parsed;
  std::vector<std::size_t> m_newlines;  ///< offsets of '\n' in the page, ascending
};

}  // namespace pith::html
