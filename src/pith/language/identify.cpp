// Language identification: a sample of the kept text, CLD2's summary of it, and the mapping of
// CLD2's codes to BCP 47.
#include "pith/language/identify.h"

#include <cstdio>  // CLD2's header uses FILE without including it

#include <cld2/public/compact_lang_det.h>

#include <algorithm>
#include <string>
#include <vector>

namespace pith {

namespace {

/// Blocks at least this long read as paragraphs; shorter ones (menus, labels, buttons) are often
/// in English whatever the page's language, so they are sampled only when paragraphs run short.
constexpr std::size_t k_paragraph_bytes = 60;

/// True when most bytes of `text` are letters (ASCII letters, or bytes of non-ASCII characters):
/// a paragraph, not a rule of underscores or dashes a dump drew across the page, which would fill
/// the sample and leave CLD2 only the menu line before it.
bool mostly_letters(std::string_view text) {
  std::size_t letters = 0;
  for (char c : text)
    letters += ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || static_cast<unsigned char>(c) >= 0x80;
  return 2 * letters >= text.size();
}

/// Appends `text` to `sample`, whole characters only, up to k_language_sample_bytes, with control
/// characters read as spaces (CLD2 gives up on text that is not "interchange-valid" UTF-8).
void append_sample(std::string_view text, std::string& sample) {
  if (!sample.empty() && sample.size() < k_language_sample_bytes) sample.push_back('\n');
  std::size_t room = k_language_sample_bytes - std::min(sample.size(), k_language_sample_bytes);
  if (text.size() > room) {
    // Cut before the character that would not fit whole.
    std::size_t cut = room;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    text = text.substr(0, cut);
  }
  std::size_t start = sample.size();
  sample += text;
  for (std::size_t i = start; i < sample.size(); ++i) {
    auto c = static_cast<unsigned char>(sample[i]);
    if (c < 0x20 || c == 0x7F) sample[i] = ' ';
    // A C1 control (U+0080–U+009F: 0xC2 0x80–0x9F).
    if (c == 0xC2 && i + 1 < sample.size() && static_cast<unsigned char>(sample[i + 1]) < 0xA0)
      sample[i] = sample[i + 1] = ' ';
  }
}

/// Up to k_language_sample_bytes of the kept text, paragraphs first.
std::string language_sample(const Document& doc) {
  std::string sample;
  // A sample within a few bytes of full takes no more whole characters worth having.
  auto full = [&] { return sample.size() + 4 > k_language_sample_bytes; };
  for (std::size_t i = 0; i < doc.blocks.size() && !full(); ++i) {
    const Block& block = doc.blocks[i];
    if (block.kept() && block.text.size() >= k_paragraph_bytes && mostly_letters(block.text))
      append_sample(block.text, sample);
  }
  if (sample.size() < k_language_sample_bytes / 4) {
    sample.clear();
    for (std::size_t i = 0; i < doc.blocks.size() && !full(); ++i)
      if (doc.blocks[i].kept()) append_sample(doc.blocks[i].text, sample);
  }
  return sample;
}

/// CLD2's code for `language` as a BCP 47 primary subtag; empty for CLD2's unknown and
/// script-only pseudo-languages ("un", "xxx", "xx-Latn").
std::string bcp47_primary(CLD2::Language language) {
  if (language == CLD2::UNKNOWN_LANGUAGE || language == CLD2::TG_UNKNOWN_LANGUAGE) return {};
  std::string_view code = CLD2::LanguageCode(language);
  if (code.starts_with("xx")) return {};
  // CLD2 keeps ISO 639 codes withdrawn in 1989: Hebrew, Javanese, Indonesian.
  if (code == "iw") return "he";
  if (code == "jw") return "jv";
  if (code == "in") return "id";
  return primary_language_subtag(code);
}

/// What CLD2 makes of a sample append_sample() built.
LanguageGuess identify_sample(std::string_view sample) {
  CLD2::Language top3[3];
  int percent3[3];
  double normalized_score3[3];
  int text_bytes = 0, valid_prefix = 0;
  bool reliable = false;
  auto detect = [&](std::string_view bytes) {
    return CLD2::ExtDetectLanguageSummaryCheckUTF8(bytes.data(), static_cast<int>(bytes.size()), true, nullptr, 0,
                                                   top3, percent3, normalized_score3, nullptr, &text_bytes,
                                                   &reliable, &valid_prefix);
  };
  CLD2::Language language = detect(sample);
  // A code point CLD2 does not accept (a noncharacter, say): read the text before it.
  if (valid_prefix >= 0 && static_cast<std::size_t>(valid_prefix) < sample.size())
    language = detect(sample.substr(0, static_cast<std::size_t>(valid_prefix)));
  LanguageGuess guess;
  guess.letters = static_cast<std::size_t>(std::max(text_bytes, 0));
  guess.language = bcp47_primary(language);
  if (guess.language.empty()) return guess;
  double share = std::clamp(percent3[0], 0, 100) / 100.0;
  if (guess.letters < k_min_language_letters) {
    reliable = false;
    share *= static_cast<double>(guess.letters) / k_min_language_letters;
  }
  guess.score = reliable ? share : share / 2;
  return guess;
}

}  // namespace

std::string primary_language_subtag(std::string_view tag) {
  std::string primary;
  for (char c : tag) {
    if (c == '-' || c == '_') break;
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) return {};
    primary.push_back(static_cast<char>(c | 0x20));
  }
  return primary.size() >= 2 && primary.size() <= 3 ? primary : std::string();
}

bool is_identifiable_language(std::string_view primary) {
  static const std::vector<std::string> k_known = [] {
    std::vector<std::string> known;
    for (int i = 0; i < CLD2::NUM_LANGUAGES; ++i) {
      std::string code = bcp47_primary(static_cast<CLD2::Language>(i));
      if (!code.empty()) known.push_back(std::move(code));
    }
    return known;
  }();
  return std::find(k_known.begin(), k_known.end(), primary) != k_known.end();
}

LanguageGuess identify_language(std::string_view text) {
  std::string sample;
  append_sample(text, sample);
  return identify_sample(sample);
}

void identify_document_language(Document& doc) {
  std::string declared = std::move(doc.meta.language);
  doc.meta.language.clear();
  doc.meta.language_score.reset();
  doc.meta.declared_language = declared;
  LanguageGuess guess = identify_sample(language_sample(doc));
  std::string declared_primary = primary_language_subtag(declared);
  if (!declared_primary.empty() && guess.language == declared_primary) {
    // The text agrees with the page: its declared tag stands, region and all ("en-GB").
    doc.meta.language = declared;
    doc.meta.language_score = guess.score;
  } else if (!guess.language.empty() && (guess.score >= k_reliable_language_score || declared_primary.empty())) {
    doc.meta.language = guess.language;
    doc.meta.language_score = guess.score;
  } else if (!declared_primary.empty()) {
    doc.meta.language = declared;  // the text cannot say otherwise: the page's word stands
  }
}

bool language_wanted(const Document& doc, const Config& config, std::string* reason) {
  if (config.languages.empty()) return true;
  std::string language = primary_language_subtag(doc.meta.language);
  if (std::find(config.languages.begin(), config.languages.end(), language) != config.languages.end()) return true;
  std::string wanted;
  for (const std::string& name : config.languages) wanted += (wanted.empty() ? "" : ", ") + name;
  *reason = language.empty() ? "language not identified (--language " + wanted + ")"
                             : "language " + language + " is not one of " + wanted;
  return false;
}

}  // namespace pith
