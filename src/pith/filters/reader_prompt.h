// Shared by the filters that remove a site's prompts to its readers to write in (correction,
// news-tip): how such a line opens, with a question or a call from per-language phrase lists.
#pragma once

#include <bit>
#include <optional>
#include <string_view>

#include "pith/base/line_shape.h"
#include "pith/language/word_lists.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace pith {

/// How a line opens as a prompt to the reader ("Spotted a typo? ...", "Send us your tips ...").
struct PromptOpening {
  std::string_view phrase;  ///< the question or call it opens with, lower case as listed
  bool question = false;    ///< the phrase is one of the questions (and a '?' follows on the line)
  std::string_view key;     ///< shape::scratch_key() of the line: valid until the next scratch_key()
  std::size_t words = 0;    ///< words of `key`
};

/// True when `text` holds a '?' or a Spanish '¿'.
inline bool has_question_mark(std::string_view text) {
  return text.find('?') != std::string_view::npos || text.find("\xC2\xBF") != std::string_view::npos;
}

/// Where the sentence after the space at `i` of `text` starts when that space ends a boundary
/// last_sentence() takes (`text[i]` is a space, i >= 1), else npos.
inline std::size_t sentence_after_space(std::string_view text, std::size_t i) {
  char before = text[i - 1];
  std::size_t after = std::string_view::npos;
  if (before == '.' || before == '?' || before == '!') {
    after = i + 1;
  } else if (before == ':' || before == '|') {
    if (i >= 2 && text[i - 2] == ' ') after = i + 1;
  } else if (before == '-' || static_cast<unsigned char>(before) >= 0x80) {
    // A spaced dash ending at i: " - " (one byte) or " – ", " — " (three).
    for (std::size_t width : {std::size_t{1}, std::size_t{3}})
      if (i >= width + 1 && text[i - width - 1] == ' ' && shape::dash_at(text.substr(i - width, width)) == width)
        after = i + 1;
  }
  return after;
}

/// The last sentence or clause of `text`, trimmed, when it is at most `max_bytes` long: what
/// follows its last ". ", "? ", "! ", a spaced ':' (French " : "), a spaced dash or a " | "; ""
/// when no such boundary comes within its last `max_bytes` bytes. Lets a filter judge a call
/// that closes a line after a lead-in ("Quer receber as notícias? Ative as notificações.", "...
/// every weekday at 6 a.m. Sign me up"); the bound keeps the look at a line's end, as a call is
/// short. An English colon without a space before it ("Officials urged residents: download the
/// app") is no boundary: prose quotes so.
inline std::string_view last_sentence(std::string_view text, std::size_t max_bytes) {
  text = shape::trim(text);
  std::size_t stop = text.size() > max_bytes + 3 ? text.size() - max_bytes - 3 : 1;
  auto sentence_at = [&](std::size_t after) {
    return after < text.size() ? shape::trim(text.substr(after)) : std::string_view{};
  };
  std::size_t end = text.size();  // positions stop .. end - 1 are left to look at
#if defined(__SSE2__)
  // Sixteen positions at a time from the end: a space after a byte that may close a
  // boundary ('.', '?', '!', ':', '|', '-' or a byte of a UTF-8 sequence, which a dash is);
  // most spaces follow a letter, and no closer look is taken at them.
  while (end >= stop + 16) {
    std::size_t p = end - 16;
    __m128i here = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + p));
    __m128i before = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + p - 1));
    __m128i marks = _mm_cmplt_epi8(before, _mm_setzero_si128());  // 0x80 and above
    for (char mark : {'.', '?', '!', ':', '|', '-'}) marks = _mm_or_si128(marks, _mm_cmpeq_epi8(before, _mm_set1_epi8(mark)));
    auto found = static_cast<unsigned>(
        _mm_movemask_epi8(_mm_and_si128(marks, _mm_cmpeq_epi8(here, _mm_set1_epi8(' ')))));
    while (found) {
      std::size_t i = p + static_cast<std::size_t>(31 - std::countl_zero(found));
      if (std::size_t after = sentence_after_space(text, i); after != std::string_view::npos) return sentence_at(after);
      found &= ~(1u << (i - p));
    }
    end = p;
  }
#endif
  for (std::size_t i = end - 1; i >= stop && i < end; --i) {
    if (text[i] != ' ') continue;
    if (std::size_t after = sentence_after_space(text, i); after != std::string_view::npos) return sentence_at(after);
  }
  return {};
}

/// The prompt `text` opens with, past opening quotes, dashes and a Spanish '¿': one of
/// `questions` in `languages`, which counts only when a '?' follows on the line, or else one of
/// `calls`. nullopt when it opens with neither, is longer than `max_bytes` bytes or `max_words`
/// words, or opens with a quotation that prose goes on after ("\"Report an error\", she said").
template <std::size_t Q, std::size_t C>
std::optional<PromptOpening> prompt_opening(std::string_view text, const LanguagePhrases<Q>& questions,
                                            const LanguagePhrases<C>& calls, ListLanguages languages,
                                            std::size_t max_bytes, std::size_t max_words) {
  if (text.size() > max_bytes || shape::opens_with_inner_quote(text)) return std::nullopt;
  std::string_view opening = shape::skip_opening_marks(text);
  if (opening.starts_with("\xC2\xBF")) opening.remove_prefix(2);
  PromptOpening prompt;
  prompt.phrase = opening_in(opening, questions, languages);
  prompt.question = !prompt.phrase.empty();
  if (prompt.question && !has_question_mark(text)) return std::nullopt;
  if (!prompt.question) prompt.phrase = opening_in(opening, calls, languages);
  if (prompt.phrase.empty()) return std::nullopt;
  prompt.key = shape::scratch_key(text);
  prompt.words = shape::key_word_count(prompt.key);
  if (prompt.words > max_words) return std::nullopt;
  return prompt;
}

}  // namespace pith
