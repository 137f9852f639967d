// Article-like sentences for the site tests: drawn from a word list by a seeded generator, so
// every run builds the same dump and no two sentences open or end alike the way a site's
// boilerplate does.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

namespace pith::test {

/// A deterministic stream of word choices.
class ArticleWords {
 public:
  explicit ArticleWords(std::uint64_t seed) : m_state(seed) {}

  /// A number below `below`.
  std::size_t next(std::size_t below) {
    m_state = m_state * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<std::size_t>(m_state >> 33) % below;
  }

  /// `from` to `to` words, space-separated, lower case.
  std::string words(std::size_t from, std::size_t to) {
    static const char* const k_words[] = {
        "harbour", "council",  "river",   "budget",  "school",  "bridge",   "storm",   "festival", "police",  "market",
        "museum",  "farm",     "rail",    "clinic",  "court",   "library",  "voted",   "opened",   "closed",  "rose",
        "fell",    "after",    "before",  "during",  "against", "despite",  "quickly", "slowly",   "again",   "twice",
        "mayor",   "teachers", "nurses",  "drivers", "farmers", "visitors", "funding", "repairs",  "protest", "deal",
        "north",   "south",    "coastal", "rural",   "new",     "old",      "local",   "regional", "annual",  "final"};
    std::string out;
    for (std::size_t n = from + next(to - from + 1); n > 0; --n) {
      if (!out.empty()) out.push_back(' ');
      out += k_words[next(std::size(k_words))];
    }
    return out;
  }

 private:
  std::uint64_t m_state;
};

}  // namespace pith::test
