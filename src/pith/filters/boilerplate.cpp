// boilerplate: scores every kept line with the trained model and removes those at or over the
// threshold, explaining each removal by the score and the features that pushed it most.
#include "pith/filters/boilerplate.h"

#include <cstdio>

namespace pith {

namespace {

/// How many features a removal's reason names.
constexpr std::size_t k_reasons = 3;

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
  boilerplate::DocumentFeatures features = boilerplate::document_features(doc);
  for (std::size_t line = 0; line < features.blocks.size(); ++line) {
    Block& block = doc.blocks[features.blocks[line]];
    if (m_dump_features) {
      mark_removed(block, name, vector_text(features.values[line]));
      continue;
    }
    float score = m_model.score(features.values[line]);
    if (score >= m_threshold) mark_removed(block, name, explain(m_model, features, line, score));
  }
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
