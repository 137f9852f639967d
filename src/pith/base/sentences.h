// Where sentences start inside a line: ICU's sentence BreakIterator, and the joins a dump
// leaves where two paragraphs were glued together without a space ("below:If", "said.The").
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace pith::sentences {

/// Byte offsets of `text` (valid UTF-8) where a sentence starts, in increasing order and
/// beginning with 0, by ICU's sentence BreakIterator (Unicode UAX #29 rules, root locale).
/// Empty for empty text, and when ICU cannot open its rules.
std::vector<std::size_t> starts(std::string_view text);

/// The byte offset where the sentence holding byte `pos` of `text` starts (0 when none
/// before it, or when ICU cannot open its rules).
std::size_t start_before(std::string_view text, std::size_t pos);

/// True when a sentence of `text` starts at byte `pos` by ICU's rules (and at 0).
bool is_start(std::string_view text, std::size_t pos);

/// True when byte `pos` of `text` opens a paragraph glued to the one before it without a
/// space: a capital (ASCII, Latin-1 or an opening quote before one) right after terminal
/// punctuation or a colon that itself follows a lower-case letter, digit or closing quote,
/// as in "below:If", "the hospital.The", "agreed!”Later". ICU sees no sentence break there
/// (UAX #29 keeps "x.Y" together for abbreviations such as "U.S.A"), so a dump whose
/// paragraphs lost their line breaks needs this shape test as well.
bool is_glued_start(std::string_view text, std::size_t pos);

/// The last glued start (is_glued_start) in `text` at or after `from` and before `to`, or
/// `to` when there is none.
std::size_t last_glued_start(std::string_view text, std::size_t from, std::size_t to);

}  // namespace pith::sentences
