// Line keys: the form in which site-repeat counts and matches lines across records, so that a
// ticker differing only in case, spacing, a number or a date is one line.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace pith::sites {

/// Keys longer than this are never counted or matched: boilerplate is a sentence or a short
/// paragraph, and an article paragraph that long is not worth a table entry.
inline constexpr std::size_t k_max_key_bytes = 2000;

/// Writes the key of `text` into `out` (reusing its capacity): shape::key() (ASCII and Latin-1
/// case folded, white space folded, edge quotes and final punctuation dropped), then curly quotes
/// and apostrophes as ASCII ones, each run of digits as '#', and a date (a month name with the
/// numbers and weekday around it: "Monday, June 5, 2018", "5. Juni 2018", "5 de junio de 2018")
/// as "{date}". Words of a key are separated by single spaces; keying a key changes nothing.
void line_key_into(std::string_view text, std::string& out);

std::string line_key(std::string_view text);

/// line_key() into a per-thread buffer, valid until the next call on the same thread.
std::string_view scratch_line_key(std::string_view text);

/// Number of words of a key.
std::size_t key_words(std::string_view key);

/// True when `word` holds an ASCII letter or a multi-byte character (a word, not "#" or "|").
bool has_letter(std::string_view word);

}  // namespace pith::sites
