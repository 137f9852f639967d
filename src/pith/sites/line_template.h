// Line templates: a fixed prefix and suffix of words around a variable middle, as in "the post
// {…} appeared first on guns daily" or "older articles by {…}", learned from line keys that
// share them.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace pith::sites {

/// Where the variable middle goes when a template is written out.
inline constexpr std::string_view k_hole = "{…}";

/// A template is judged by how much of its lines it fixes. A one-sided template ("older articles
/// by {…}") stands for a name, a link or a short label; a middle longer than this is a sentence
/// that merely opens with common words ("the president said {…}"), so it does not qualify.
inline constexpr std::size_t k_max_one_sided_middle_words = 8;
/// With a fixed prefix and suffix the middle may be a headline ("the post {…} appeared first on X").
inline constexpr std::size_t k_max_two_sided_middle_words = 30;
/// The fixed words must include at least this many words with letters: "{…} # # #" (a phone
/// number's tail) or "the {…}" fix nothing a reader would call boilerplate.
inline constexpr std::size_t k_min_fixed_letter_words = 2;

struct LineTemplate {
  std::string prefix;  ///< whole words of a line key, "" for none
  std::string suffix;  ///< whole words of a line key, "" for none
  bool operator==(const LineTemplate&) const = default;
  bool operator<(const LineTemplate& other) const {
    return prefix != other.prefix ? prefix < other.prefix : suffix < other.suffix;
  }
};

/// The most middle words a line may have to match `t`.
std::size_t max_middle_words(const LineTemplate& t);

/// True when line key `key` is `t`'s prefix, a middle of one to max_middle_words() words, and
/// its suffix.
bool matches(const LineTemplate& t, std::string_view key);

/// True when `t`, learned from lines of at most `longest` words, fixes enough of them to remove
/// the lines it matches (see the limits above).
bool is_specific(const LineTemplate& t, std::size_t longest);

/// "prefix {…} suffix".
std::string template_text(const LineTemplate& t);

/// The template written as `text` ("prefix {…} suffix"; "{...}" is read as the hole too); false
/// when `text` has no hole or nothing fixed around it.
bool parse_template_text(std::string_view text, LineTemplate* t);

}  // namespace pith::sites
