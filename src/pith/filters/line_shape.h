// Small helpers that filters use to judge a line by its shape rather than by one keyword.
#pragma once

#include <string>
#include <string_view>

namespace pith::shape {

/// `text` without leading and trailing white space (ASCII and the common Unicode spaces).
std::string_view trim(std::string_view text);

/// A comparison key: ASCII and Latin-1 capitals (À..Þ) lower-cased, runs of white space folded to one space,
/// leading and trailing white space, quotes, ellipses and final punctuation dropped.
/// "  Now Loading… " and "now loading..." both give "now loading".
std::string key(std::string_view text);

/// key() written into a per-thread buffer, so filters can judge every line without allocating.
/// The view is valid until the next scratch_key() call on the same thread.
std::string_view scratch_key(std::string_view text);

/// ASCII-case-insensitive prefix test; `prefix` must be lower case.
bool starts_with_ci(std::string_view text, std::string_view prefix);

/// ASCII-case-insensitive substring test; `needle` must be lower case.
bool contains_ci(std::string_view text, std::string_view needle);

/// Number of space-separated words.
std::size_t word_count(std::string_view text);

/// word_count() of a key(), whose words are split by single spaces: a vectorised count.
std::size_t key_word_count(std::string_view key);

/// True for ASCII letters and digits, and for any byte of a multi-byte UTF-8 sequence (so
/// "señal" or "für" read as one word).
bool is_word_byte(char c);

/// starts_with_ci, and the prefix ends at a word boundary ("follow" matches "Follow us",
/// not "Followers"); `prefix` must be lower case.
bool starts_with_word_ci(std::string_view text, std::string_view prefix);

/// ASCII-case-insensitive suffix test; `suffix` must be lower case.
bool ends_with_ci(std::string_view text, std::string_view suffix);

/// True when lower-case `key` (a key()) holds any of the lower-case `needles`; a plain find,
/// which is much faster than contains_ci.
template <class List>
bool key_contains_any(std::string_view key, const List& needles) {
  for (std::string_view needle : needles)
    if (key.find(needle) != std::string_view::npos) return true;
  return false;
}

/// contains_ci for any of `needles`.
template <class List>
bool contains_any_ci(std::string_view text, const List& needles) {
  for (std::string_view needle : needles)
    if (contains_ci(text, needle)) return true;
  return false;
}

/// starts_with_word_ci for any of `prefixes`; the matched prefix, or "" for none.
template <class List>
std::string_view word_prefix_in(std::string_view text, const List& prefixes) {
  for (std::string_view prefix : prefixes)
    if (starts_with_word_ci(text, prefix)) return prefix;
  return {};
}

/// True when `key` equals one of `phrases`.
template <class List>
bool is_one_of(std::string_view key, const List& phrases) {
  for (std::string_view phrase : phrases)
    if (key == phrase) return true;
  return false;
}

/// True when `text` opens with a quotation that closes before the line ends with more words
/// after it: prose quoting a phrase ("\"Subscribe now\" banners, she said"), not the phrase.
bool opens_with_inner_quote(std::string_view text);

/// Bytes of a line's start that hold any opening phrase a filter looks for, with room to spare.
constexpr std::size_t k_head_bytes = 96;

/// scratch_key() of the first k_head_bytes of `text` (shares its buffer): enough to test an
/// opening phrase without keying a whole paragraph. Test whole-line shape on scratch_key().
std::string_view scratch_key_head(std::string_view text);

/// True when `text` holds a stand-alone year from 1900 to 2099.
bool has_year(std::string_view text);

/// Byte length of a dash (hyphen, en dash, em dash, horizontal bar) at the start of `text`, or 0.
std::size_t dash_at(std::string_view text);

}  // namespace pith::shape
