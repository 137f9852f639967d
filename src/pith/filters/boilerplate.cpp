// boilerplate: scores every kept line with the trained model and removes those at or over the
// threshold, explaining each removal by the score and the features that pushed it most.
#include "pith/filters/boilerplate.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <string>
#include <utility>
#include <vector>

namespace pith {

namespace {

/// How many features a removal's reason names.
constexpr std::size_t k_reasons = 3;

/// On HTML the extractor has already dropped the page's furniture, and the model (trained on text
/// dumps) costs article text below this score: scrapinghub F1 0.953 at 0.5, 0.972 at 0.9, 0.973
/// at 0.97 against 0.974 without the stage; trafilatura-eval 0.885, 0.901, 0.901 against 0.899.
/// So on HTML the threshold is never lower than this.
constexpr float k_html_min_threshold = 0.97f;

/// A document of fewer kept lines is not judged: without neighbours a heading, a one-line
/// article and a menu entry look alike.
constexpr std::ptrdiff_t k_min_lines = 3;

/// A text document (or window) of at least this many lines, fewer than this share of them
/// prose (the `prose` feature), is a whole page dumped as text and is judged with
/// Config::boilerplate_page_threshold. Article dumps run to a median of 11 lines, 60% of them
/// prose, whole pages to a median of 170 lines, 10% prose; at 40 lines, 6 of the 190 labelled
/// article dumps looked like pages (price lists, a product's pros and cons) and lost list items,
/// so the bar is 80 lines: none of the 190, and 157 of 181 scrapinghub and 562 of 658
/// trafilatura-eval whole-page dumps. Lines are counted as they came in, those the named filters
/// removed too (as not prose): what a page is does not change when a filter learns to remove
/// more of its menus (counting kept lines only, 8 scrapinghub pages stopped being pages when
/// nav-links came).
constexpr std::size_t k_page_min_lines = 80;
constexpr float k_page_max_prose_share = 0.35f;

/// True when the window of `doc` from block `first` to before block `end`, whose kept lines
/// `features` describes, looks like a whole page dumped as text (see above).
bool looks_like_whole_page(const boilerplate::DocumentFeatures& features, std::size_t first, std::size_t end) {
  std::size_t lines = end - first;
  if (lines < k_page_min_lines || features.blocks.empty()) return false;
  float prose_lines = features.prose_share * static_cast<float>(features.blocks.size());
  return prose_lines < k_page_max_prose_share * static_cast<float>(lines);
}

/// The model's score of each line of `features`, in order: four lines at a time where they fill
/// a group (Model::score4 gives the scores Model::score does, to the bit).
std::vector<float> scores_of(const boilerplate::Model& model, const boilerplate::DocumentFeatures& features) {
  std::vector<float> scores(features.blocks.size());
  std::size_t line = 0;
  for (; line + 4 <= scores.size(); line += 4) {
    const boilerplate::FeatureVector values[4] = {features.values(line), features.values(line + 1),
                                                  features.values(line + 2), features.values(line + 3)};
    const boilerplate::FeatureVector* four[4] = {&values[0], &values[1], &values[2], &values[3]};
    model.score4(four, &scores[line]);
  }
  for (; line < scores.size(); ++line) scores[line] = model.score(features.values(line));
  return scores;
}

/// On a whole page a line's score is blended with the mean score of the lines around it (two
/// on each side, and itself): score' = k_own_weight * score + (1 - k_own_weight) * mean. A line
/// of prose alone among menus and teasers is then judged with them, and an article's short line
/// between paragraphs with those. Measured by tests/bench/text_quality.py, whole-page F1 before ->
/// after: scrapinghub in-sample 0.863 -> 0.873, 5-fold over pages 0.854 -> 0.866, model trained
/// without it 0.845 -> 0.851; trafilatura-eval 0.863 -> 0.861, 0.850 -> 0.851, 0.824 -> 0.827.
/// Chosen on a harness over the same features with the model trained without the corpus scored:
/// own weights 0.45 to 0.8 and 1 to 3 lines a side all helped scrapinghub there, 4 or more a side
/// cost trafilatura-eval. Article dumps (threshold 0.98) are judged line by line as before: a
/// line of content among furniture must stay there.
constexpr float k_own_weight = 0.6f;
constexpr std::size_t k_neighbours = 2;

/// "boilerplate 0.97: short, imperative, no stop words"; "boilerplate 0.62 on a whole page: ..."
/// when the document was judged as a whole page.
std::string explain(const boilerplate::Model& model, const boilerplate::DocumentFeatures& features,
                    std::size_t line, float score, bool whole_page) {
  char head[48];
  std::snprintf(head, sizeof head, whole_page ? "boilerplate %.2f on a whole page" : "boilerplate %.2f",
                static_cast<double>(score));
  std::string reason = head;
  const char* separator = ": ";
  for (auto [feature, high] : model.top_reasons(features.values(line), k_reasons)) {
    reason += separator;
    reason += boilerplate::feature_phrase(features, line, feature, high);
    separator = ", ";
  }
  return reason;
}

/// The feature vector as text, for --boilerplate-dump-features.
std::string vector_text(const boilerplate::FeatureVector& values) {
  std::string out;
  char number[32];
  for (float value : values) {
    std::snprintf(number, sizeof number, out.empty() ? "%.6g" : " %.6g", static_cast<double>(value));
    out += number;
  }
  return out;
}

}  // namespace

/// `scores`, each blended with the mean over the k_neighbours lines on each side (fewer at the
/// document's edges) and itself (see k_own_weight).
std::vector<float> boilerplate::with_neighbours(const std::vector<float>& scores) {
  std::vector<float> blended(scores.size());
  std::vector<double> prefix(scores.size() + 1, 0.0);
  for (std::size_t i = 0; i < scores.size(); ++i) prefix[i + 1] = prefix[i] + scores[i];
  for (std::size_t i = 0; i < scores.size(); ++i) {
    std::size_t from = i >= k_neighbours ? i - k_neighbours : 0;
    std::size_t to = std::min(scores.size(), i + k_neighbours + 1);
    double mean = (prefix[to] - prefix[from]) / static_cast<double>(to - from);
    blended[i] = k_own_weight * scores[i] + (1.0f - k_own_weight) * static_cast<float>(mean);
  }
  return blended;
}

namespace {

/// A list item as keep_lead_in_lists() sees one: a short line without a URL (a list of links
/// under "more here:" is a reference list or a site's footer, for the model to judge line by
/// line). Its shape is what the items of one list share: whether it ends a sentence, whether
/// it opens with a bullet, and whether it is bracketed (a "(Reuters)" after a list is a credit).
constexpr std::uint32_t k_item_max_words = 6;
/// A lead-in is a sentence that announces a list ("foods rich in magnesium include:"), not a
/// label over one ("Tags:", "Related Posts:", "Follow us:").
constexpr std::uint32_t k_lead_in_min_words = 5;

bool is_item(const boilerplate::LineCounts& c) { return c.words <= k_item_max_words && !c.has_url; }

bool same_shape(const boilerplate::LineCounts& a, const boilerplate::LineCounts& b) {
  return is_item(a) && is_item(b) && a.ends_terminal == b.ends_terminal && a.opens_bullet == b.opens_bullet &&
         a.bracketed == b.bracketed;
}

}  // namespace

void boilerplate::keep_lead_in_lists(const DocumentFeatures& features, std::vector<bool>& removed) {
  const auto& counts = features.counts;
  bool in_list = false;
  for (std::size_t line = 1; line < counts.size() && line < removed.size(); ++line) {
    const LineCounts& above = counts[line - 1];
    const LineCounts& c = counts[line];
    if (!removed[line] && !removed[line - 1] && above.ends_colon && above.words >= k_lead_in_min_words &&
        is_item(c))
      in_list = true;  // the list's first item, kept under its kept lead-in
    else if (in_list && same_shape(above, c))
      removed[line] = false;  // the same list goes on
    else
      in_list = false;
  }
}

BoilerplateFilter::BoilerplateFilter(const Config& config)
    : m_threshold(config.boilerplate_threshold),
      m_page_threshold(config.boilerplate_page_threshold),
      m_dump_features(config.boilerplate_dump_features),
      m_reasons(config.removal_reasons) {
  std::string err;
  if (!boilerplate::load_model(config.boilerplate_model, &m_model, &err)) m_model = boilerplate::Model::shipped();
}

void BoilerplateFilter::apply(Document& doc, std::string_view name) const {
  if (!m_dump_features &&
      std::count_if(doc.blocks.begin(), doc.blocks.end(), [](const Block& b) { return b.kept(); }) < k_min_lines)
    return;
  for (std::size_t first = 0; first < doc.blocks.size();) {
    boilerplate::DocumentFeatures features = boilerplate::document_features(doc, first);
    const std::size_t end = features.next_block;
    if (m_dump_features) {
      for (std::size_t line = 0; line < features.blocks.size(); ++line)
        mark_removed(doc.blocks[features.blocks[line]], name, vector_text(features.values(line)));
    } else {
      std::vector<float> scores = scores_of(m_model, features);
      // On HTML the extractor has already taken the page's furniture: never a whole page here.
      bool whole_page = doc.kind != InputKind::html && looks_like_whole_page(features, first, end);
      if (whole_page) scores = boilerplate::with_neighbours(scores);
      float threshold = doc.kind == InputKind::html ? std::max(m_threshold, k_html_min_threshold)
                        : whole_page                 ? m_page_threshold
                                                     : m_threshold;
      judge(doc, name, features, scores, threshold, whole_page);
    }
    first = end;
  }
}

void BoilerplateFilter::judge(Document& doc, std::string_view name, const boilerplate::DocumentFeatures& features,
                              const std::vector<float>& scores, float threshold, bool whole_page) const {
  // The stage removes furniture around text: a document it would empty (a table of figures, a
  // poem, a list the model has not seen) is left whole, to the named filters.
  if (std::all_of(scores.begin(), scores.end(), [&](float s) { return s >= threshold; })) return;
  std::vector<bool> removed(scores.size());
  for (std::size_t line = 0; line < scores.size(); ++line) removed[line] = scores[line] >= threshold;
  boilerplate::keep_lead_in_lists(features, removed);
  for (std::size_t line = 0; line < features.blocks.size(); ++line)
    if (removed[line])
      mark_removed(doc.blocks[features.blocks[line]], name,
                   m_reasons ? explain(m_model, features, line, scores[line], whole_page) : std::string());
}

bool check_boilerplate_config(const Config& config, std::string* err) {
  for (auto [flag, threshold] : {std::pair{"--boilerplate-threshold", config.boilerplate_threshold},
                                 std::pair{"--boilerplate-page-threshold", config.boilerplate_page_threshold}})
    if (!(threshold >= 0.0f && threshold <= 1.0f)) {
      *err = std::string(flag) + " must be between 0 and 1";
      return false;
    }
  boilerplate::Model model;
  return boilerplate::load_model(config.boilerplate_model, &model, err);
}

}  // namespace pith
