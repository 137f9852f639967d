// The boilerplate model: a logistic regression over the feature table, read from its text form
// (the shipped src/pith/model/boilerplate.model, or a file given with --boilerplate-model).
#pragma once

#include <array>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "pith/filters/boilerplate_features.h"

namespace pith::boilerplate {

/// P(boilerplate | features) = sigmoid(intercept + sum_i weight_i * (x_i - mean_i) / scale_i),
/// the standardised logistic regression src/pith/model/train_boilerplate.py fits.
class Model {
 public:
  /// Reads a model from its text form: '#' comment lines, then "pith-boilerplate-model 1",
  /// "intercept X", and one line "feature NAME MEAN SCALE WEIGHT" for every feature of the table,
  /// in table order. False with `err` (naming the line) for anything else: a model trained on
  /// other features must not be applied to these.
  static bool parse(std::string_view text, Model* model, std::string* err);

  /// The shipped model (parsed once; the build checks it parses).
  static const Model& shipped();

  /// The boilerplate probability of one line, 0..1.
  float score(const FeatureVector& x) const;

  /// The `n` features that pushed `x` furthest towards boilerplate, largest first, each with
  /// true when its value was above the training mean; fewer when fewer pushed that way.
  std::vector<std::pair<Feature, bool>> top_reasons(const FeatureVector& x, std::size_t n) const;

 private:
  float m_bias = 0;                  ///< intercept - sum_i weight_i * mean_i / scale_i
  std::array<float, k_feature_count> m_mean{};
  std::array<float, k_feature_count> m_slope{};  ///< weight_i / scale_i
};

/// The model a run uses: the file at `path`, or the shipped model when `path` is empty.
/// False with `err` when the file cannot be read or is not a model of these features.
bool load_model(const std::string& path, Model* model, std::string* err);

}  // namespace pith::boilerplate
