// What the duplicate stage needs from earlier windows when a large text is cleaned in windows:
// the headline and the paragraphs kept so far, so copies are found across windows as in the
// whole text.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "pith/document.h"

namespace pith {

/// The duplicate stage judges a copy against the whole document: the headline (its first kept
/// line) and every paragraph kept above. In windows, the pipeline gives it that view of the
/// earlier windows: before the stage, the headline and the earlier originals of this window's
/// paragraphs are put at the window's top (copies of their text with their own line numbers,
/// taken out again after the stage), and after it the window's kept paragraphs are remembered.
/// Memory: a 64-bit hash, a length and a line number per distinct kept paragraph (tens of
/// bytes a paragraph, a few MB for a 50 MB text), not their text.
class WindowCopies {
 public:
  /// Puts the blocks the duplicate stage needs from earlier windows at the top of `doc`, whose
  /// blocks [core_begin, core_end) are the window's own; returns how many were put there.
  std::size_t prepare(Document& doc, std::size_t core_begin, std::size_t core_end);

  /// After the stage: takes the `inserted` blocks prepare() put there out of `doc` again (unless
  /// `take_out` is false: no stage reads the window after this one, and the window's blocks then
  /// stay `inserted` further on), and remembers the headline (in the first window) and the
  /// window's kept paragraphs. `core_begin` and `core_end` are as prepare() was given them.
  void record(Document& doc, std::size_t inserted, std::size_t core_begin, std::size_t core_end,
              bool take_out = true);

 private:
  struct Hash {
    std::size_t operator()(const std::pair<std::uint64_t, std::uint64_t>& h) const {
      return static_cast<std::size_t>(h.first);
    }
  };
  /// A paragraph's trimmed text as a 64-bit hash and its length: taken for equal texts (a
  /// false match needs a 64-bit collision between texts of one length).
  static std::pair<std::uint64_t, std::uint64_t> hash_of(std::string_view text);

  bool m_headline_known = false;  ///< the first window with a kept line has been seen
  Block m_headline;               ///< the first line kept when the stage ran (text and line)
  bool m_has_headline = false;    ///< there is one (false when the first windows kept nothing)
  bool m_body_seen = false;       ///< a kept paragraph of 15+ words stood below the headline
  bool m_body_seen_next = false;  ///< m_body_seen once the window prepare() saw is done
  std::unordered_map<std::pair<std::uint64_t, std::uint64_t>, int, Hash> m_paragraphs;  ///< hash → first line
  /// The hashes prepare() took of the window's blocks (0, 0 for a block it did not hash), for
  /// record(): the stage marks blocks, it never changes their text.
  std::vector<std::pair<std::uint64_t, std::uint64_t>> m_window_hashes;
  /// prepare()'s blocks for the top of the window, and the hashes of the originals among them;
  /// members so that their storage serves window after window.
  std::vector<Block> m_top;
  std::unordered_set<std::pair<std::uint64_t, std::uint64_t>, Hash> m_taken;
};

}  // namespace pith
