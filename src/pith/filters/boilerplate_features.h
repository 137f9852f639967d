// The boilerplate stage's features: one table says what each measures and why, and one function
// computes them for every kept line of a document. Training (src/pith/model/) reads the same
// vectors through `pith --boilerplate-dump-features`, so the model and the stage cannot disagree.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "pith/document.h"

namespace pith::boilerplate {

/// Every feature, in the order of the table, the model file and the dumped vectors.
enum class Feature : std::uint8_t {
  log_chars, log_words, short_line, long_line, stop_density, log_stop_words, ends_terminal,
  ends_colon, ends_alnum, question, upper_ratio, title_ratio, all_caps, digit_ratio, punct_ratio,
  separators, has_url, has_email, has_handle, has_hashtag, has_copyright, has_year, opens_call,
  second_person, navigation, label_colon, opens_bullet, opens_quote, bracketed, relative_position,
  log_from_top, log_from_end, doc_log_lines, doc_prose_share, language_known, prev_log_words,
  prev_stop_density, prev_terminal, next_log_words, next_stop_density, next_terminal,
  window_prose, log_since_prose, log_until_prose, inside_prose_span, prose,
  count
};
inline constexpr std::size_t k_feature_count = static_cast<std::size_t>(Feature::count);
using FeatureVector = std::array<float, k_feature_count>;

/// One row of the feature table: the name the model file uses, what the feature measures and
/// why it tells article text from boilerplate, and the words --explain uses when the feature
/// pushed a line towards boilerplate with a value above (`high`) or below (`low`) the training
/// mean. A phrase may hold {words}, {top} or {end}: the line's word count, its line number from
/// the top, or from the end (1 = the first or last line).
struct FeatureInfo {
  Feature id;
  std::string_view name;
  std::string_view measures;
  std::string_view high;
  std::string_view low;
};

/// The feature table, in Feature order.
std::span<const FeatureInfo> feature_table();

/// The index of the feature called `name`, or -1.
int feature_index(std::string_view name);

/// What a line is made of, counted in one pass over its bytes.
struct LineCounts {
  std::uint32_t chars = 0;  ///< code points
  std::uint32_t words = 0;  ///< white-space separated tokens
  std::uint32_t letters = 0, upper = 0, digits = 0, punct = 0;
  std::uint32_t title_words = 0;      ///< words opening with a capital
  std::array<std::uint16_t, 6> stop{};  ///< stop words per language (boilerplate_data::k_languages)
  std::uint16_t second_person = 0, navigation = 0, separators = 0;
  bool ends_terminal = false, ends_colon = false, ends_alnum = false, question = false;
  bool has_url = false, has_email = false, has_handle = false, has_hashtag = false;
  bool has_copyright = false, has_year = false;
  bool opens_call = false, label_colon = false, opens_bullet = false, opens_quote = false;
  bool bracketed = false;
};

/// Counts `text` (one line or block, UTF-8).
LineCounts count_line(std::string_view text);

/// The features of a document's kept blocks.
/// A line's vector is built when it is asked for (values()), from a few numbers per line kept
/// here: a window of 65,536 lines would otherwise hold 12 MB of vectors, and the memory a long
/// text touches costs it time.
struct DocumentFeatures {
  std::vector<std::size_t> blocks;  ///< index in doc.blocks of each kept block, in order
  std::vector<LineCounts> counts;   ///< per kept block
  int language = -1;                ///< index in k_languages whose stop words are used, -1 unknown
  std::size_t next_block = 0;       ///< where the next window starts (doc.blocks.size() at the end)
  float prose_share = 0.0f;         ///< share of the lines that are prose (the doc_prose_share feature)

  /// The feature vector of line `line` (an index into `blocks`, < blocks.size()).
  FeatureVector values(std::size_t line) const;

  // Per kept block, for values(): the line's stop-word density, log1 of its word count, whether
  // it is prose, and the lines since the prose line above and until the next below (capped).
  std::vector<float> density, log_words, since, until;
  std::vector<std::uint8_t> prose;
  std::vector<float> log_of;  ///< log1 of 0 .. blocks.size() - 1
  float doc_log_lines = 0.0f;                  ///< log1 of blocks.size()
  float upper_mean = 0.0f, title_mean = 0.0f;  ///< the prose lines' mean capital ratios
  std::size_t first_prose = 0, last_prose = 0;  ///< the first prose line, one past the last
};

/// The most kept blocks one call of document_features() judges together: a bigger document (a
/// whole dump in one file) is judged in windows of this many lines, so memory stays flat.
inline constexpr std::size_t k_window_lines = 1 << 16;

/// Computes the features of every kept block of `doc`. The language is the document's identified
/// language when list_languages(doc) names one of the six with stop-word lists (identified from
/// the text with a reliable score), else the one whose stop words cover most of the document's
/// words (unknown when none covers 8%).
/// The window starts at block `first_block` and holds at most k_window_lines kept blocks.
DocumentFeatures document_features(const Document& doc, std::size_t first_block = 0);

/// The phrase of feature `f` for --explain, with its placeholders filled in for line `line` of
/// `features` (see FeatureInfo).
std::string feature_phrase(const DocumentFeatures& features, std::size_t line, Feature f, bool high);

}  // namespace pith::boilerplate
