// boilerplate: scores every kept line with the trained model and removes those at or over the
// threshold, explaining each removal by the score and the features that pushed it most.
#include "pith/filters/boilerplate.h"

#include <algorithm>
#include <cstdio>
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

/// "boilerplate 0.97: short, imperative, no stop words".
std::string explain(const boilerplate::Model& model, const boilerplate::DocumentFeatures& features,
                    std::size_t line, float score) {
  char head[32];
  std::snprintf(head, sizeof head, "boilerplate %.2f", static_cast<double>(score));
  std::string reason = head;
  const char* separator = ": ";
  for (auto [feature, high] : model.top_reasons(features.values[line], k_reasons)) {
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

BoilerplateFilter::BoilerplateFilter(const Config& config)
    : m_threshold(config.boilerplate_threshold), m_dump_features(config.boilerplate_dump_features) {
  std::string err;
  if (!boilerplate::load_model(config.boilerplate_model, &m_model, &err)) m_model = boilerplate::Model::shipped();
}

void BoilerplateFilter::apply(Document& doc, std::string_view name) const {
  if (!m_dump_features &&
      std::count_if(doc.blocks.begin(), doc.blocks.end(), [](const Block& b) { return b.kept(); }) < k_min_lines)
    return;
  float threshold = doc.kind == InputKind::html ? std::max(m_threshold, k_html_min_threshold) : m_threshold;
  for (std::size_t first = 0; first < doc.blocks.size();) {
    boilerplate::DocumentFeatures features = boilerplate::document_features(doc, first);
    first = features.next_block;
    judge(doc, name, features, threshold);
  }
}

void BoilerplateFilter::judge(Document& doc, std::string_view name, const boilerplate::DocumentFeatures& features,
                              float threshold) const {
  if (m_dump_features) {
    for (std::size_t line = 0; line < features.blocks.size(); ++line)
      mark_removed(doc.blocks[features.blocks[line]], name, vector_text(features.values[line]));
    return;
  }
  std::vector<float> scores(features.blocks.size());
  for (std::size_t line = 0; line < features.blocks.size(); ++line) scores[line] = m_model.score(features.values[line]);
  // The stage removes furniture around text: a document it would empty (a table of figures, a
  // poem, a list the model has not seen) is left whole, to the named filters.
  if (std::all_of(scores.begin(), scores.end(), [&](float s) { return s >= threshold; })) return;
  for (std::size_t line = 0; line < features.blocks.size(); ++line)
    if (scores[line] >= threshold)
      mark_removed(doc.blocks[features.blocks[line]], name, explain(m_model, features, line, scores[line]));
}

bool check_boilerplate_config(const Config& config, std::string* err) {
  if (!(config.boilerplate_threshold >= 0.0f && config.boilerplate_threshold <= 1.0f)) {
    *err = "--boilerplate-threshold must be between 0 and 1";
    return false;
  }
  boilerplate::Model model;
  return boilerplate::load_model(config.boilerplate_model, &model, err);
}

}  // namespace pith
