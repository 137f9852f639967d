// Messages about records on standard error, grouped by kind: a mistake repeated on every record
// of a dump prints a few examples and a count, not one line per record.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace cli {

/// The kind of a message: its text with numbers folded to "N" and a closing parenthesis of
/// detail dropped, so "no field 'body' (its fields: id, html)" on record 12 and on record 4,000
/// are one kind.
std::string message_kind(std::string_view message);

/// Counts messages by kind and decides which are printed.
class Diagnostics {
 public:
  /// Messages of one kind printed in full before the rest of that kind is only counted.
  static constexpr std::size_t k_shown_per_kind = 3;

  struct Kind {
    std::string kind;
    std::string first;  ///< the first message of the kind, with where it came from ("where: message")
    std::size_t count = 0;
  };

  /// Records a message about `where` (an input or record name); returns the lines to print now
  /// ("" once its kind has been shown enough; the line that says further ones are counted).
  std::string add(std::string_view where, std::string_view message);

  /// For every kind with messages that were not printed: "pith: ... and N more like this: KIND".
  std::string unshown() const;

  /// Every kind, in the order first seen.
  const std::vector<Kind>& kinds() const { return m_kinds; }

 private:
  std::vector<Kind> m_kinds;
};

}  // namespace cli
