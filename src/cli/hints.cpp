// Hints: input mistakes recognised by their shape, and the nearest option to a mistyped one.
#include "cli/hints.h"

#include <algorithm>
#include <vector>

namespace cli {

std::string input_hint(std::string_view path, std::string_view error) {
  if (error == "is a directory") return "use -r to read the files under it";
  for (std::string_view scheme : {"http://", "https://", "ftp://"})
    if (path.starts_with(scheme))
      return "pith reads files, not URLs; fetch the page first: curl -sL '" + std::string(path) + "' | pith";
  return {};
}

std::size_t edit_distance(std::string_view a, std::string_view b) {
  // Optimal string alignment: three rows of the dynamic-programming table.
  std::vector<std::size_t> before(b.size() + 1), previous(b.size() + 1), current(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) previous[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    current[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
        current[j] = std::min(current[j], before[j - 2] + 1);
    }
    std::swap(before, previous);
    std::swap(previous, current);
  }
  return previous[b.size()];
}

std::string nearest_option(std::string_view typed, const std::vector<std::string>& known) {
  std::string_view word = typed.substr(0, typed.find('='));
  while (word.starts_with('-')) word.remove_prefix(1);
  if (word.size() < 2) return {};
  std::string best;
  std::size_t best_distance = 0;
  for (const std::string& option : known) {
    std::string_view name = option;
    while (name.starts_with('-')) name.remove_prefix(1);
    // A prefix of one option only ("--form") is as good as a typo.
    std::size_t distance = name.starts_with(word) ? 1 : edit_distance(word, name);
    if (best.empty() || distance < best_distance) {
      best = option;
      best_distance = distance;
    }
  }
  // Near enough: one slip in a short name, about one in three letters in a long one.
  std::size_t allowed = std::max<std::size_t>(1, (word.size() + 1) / 3);
  return best_distance <= allowed ? best : std::string();
}

}  // namespace cli
