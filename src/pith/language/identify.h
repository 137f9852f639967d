// Language identification (CLD2): one guess per document from its kept text, written into its
// metadata before the filters run, and the --language test on the result.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "pith/config.h"
#include "pith/document.h"

namespace pith {

/// Below this many letters (bytes of letters CLD2 scored) a guess is never reliable: CLD2 calls
/// "Danke schön" reliably German, but on a line or two its guesses are often wrong.
constexpr std::size_t k_min_language_letters = 50;

/// The kept text handed to CLD2 is cut at this many bytes. CLD2 costs about 240 instructions a
/// byte, as much as the rest of the pipeline; on the 658 pages of the trafilatura-eval split,
/// 512 bytes give the full text's answer on 654 (1024 bytes: 656) and a reliable one on 649.
constexpr std::size_t k_language_sample_bytes = 512;

/// A language_score at or above this means CLD2 judged its guess reliable (see LanguageGuess).
constexpr double k_reliable_language_score = 0.5;

/// What CLD2 makes of a text.
struct LanguageGuess {
  /// BCP 47 primary language subtag ("en", "de", "he"); empty when CLD2 cannot tell (no letters,
  /// a few words of no clear language, a script without a language).
  std::string language;
  /// The share (0–1) of the scored letters that CLD2 puts in `language`; halved when CLD2 does
  /// not call the guess reliable (close runners-up), and, below k_min_language_letters letters,
  /// also scaled by letters / k_min_language_letters. So 0.5–1 is a reliable guess and below 0.5
  /// a weak one. 0 when `language` is empty.
  double score = 0;
  /// Bytes of letters CLD2 scored (it skips digits, punctuation and white space).
  std::size_t letters = 0;
};

/// Identifies the language of the first k_language_sample_bytes of `text` (UTF-8; control
/// characters are read as spaces). Thread-safe.
LanguageGuess identify_language(std::string_view text);

/// Identifies the language of `doc` from its kept blocks (at most k_language_sample_bytes of
/// them, paragraphs first) and sets `doc.meta.language`, `language_score` and
/// `declared_language`. A language the page declared (<html lang>, read by the HTML parser into
/// `meta.language`) moves to `declared_language`; `language` becomes the declared tag when the
/// text's language agrees with its primary subtag, else the text's language when that is
/// reliable, else the declared tag, else the weak guess. The score is set whenever the text
/// was identified as `language`'s primary subtag.
void identify_document_language(Document& doc);

/// True when `doc` passes `config.languages` (--language): the list is empty, or holds the
/// document's language. Otherwise false with `reason` saying why ("language fr is not one of
/// de, es", "language not identified").
bool language_wanted(const Document& doc, const Config& config, std::string* reason);

/// True when `primary` (a primary subtag, as primary_language_subtag gives) is one CLD2 can
/// name a text's language as, so --language with it can ever match.
bool is_identifiable_language(std::string_view primary);

/// `tag` as a BCP 47 primary language subtag: lower case, up to the first '-' or '_'
/// ("pt-BR" → "pt", "EN" → "en"); empty when that is not 2–3 ASCII letters.
std::string primary_language_subtag(std::string_view tag);

}  // namespace pith
