// Reading the boilerplate model's text form, scoring a line, and naming what decided.
#include "pith/filters/boilerplate_model.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <fstream>
#include <sstream>
#include <vector>

#include "pith/filters/boilerplate_data.h"

namespace pith::boilerplate {

namespace {

/// The white-space separated fields of `line`.
std::vector<std::string_view> fields(std::string_view line) {
  std::vector<std::string_view> out;
  std::size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t' || line[i] == '\r')) ++i;
    std::size_t start = i;
    while (i < line.size() && line[i] != ' ' && line[i] != '\t' && line[i] != '\r') ++i;
    if (i > start) out.push_back(line.substr(start, i - start));
  }
  return out;
}

bool to_float(std::string_view s, float* value) {
  // from_chars for float is in libstdc++ 11+; it reads what Python's repr writes.
  auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), *value);
  return ec == std::errc() && ptr == s.data() + s.size() && std::isfinite(*value);
}

}  // namespace

bool Model::parse(std::string_view text, Model* model, std::string* err) {
  *model = Model{};
  std::size_t next_feature = 0;
  bool header = false, intercept = false;
  float bias = 0;
  std::size_t line_no = 0, pos = 0;
  auto fail = [&](const std::string& why) {
    *err = "line " + std::to_string(line_no) + ": " + why;
    return false;
  };
  while (pos < text.size()) {
    std::size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(pos, end - pos);
    pos = end + 1;
    ++line_no;
    std::vector<std::string_view> f = fields(line);
    if (f.empty() || f[0].starts_with('#')) continue;
    if (!header) {
      if (f.size() != 2 || f[0] != "pith-boilerplate-model" || f[1] != "1")
        return fail("expected 'pith-boilerplate-model 1'");
      header = true;
    } else if (f[0] == "intercept") {
      if (f.size() != 2 || !to_float(f[1], &bias)) return fail("expected 'intercept NUMBER'");
      intercept = true;
    } else if (f[0] == "feature") {
      if (next_feature >= k_feature_count) return fail("more features than pith computes");
      std::string_view expected = feature_table()[next_feature].name;
      if (f.size() != 5 || f[1] != expected)
        return fail("expected 'feature " + std::string(expected) + " MEAN SCALE WEIGHT'");
      float mean = 0, scale = 0, weight = 0;
      if (!to_float(f[2], &mean) || !to_float(f[3], &scale) || !to_float(f[4], &weight) || scale <= 0)
        return fail("bad numbers for feature " + std::string(expected));
      model->m_mean[next_feature] = mean;
      model->m_slope[next_feature] = weight / scale;
      ++next_feature;
    } else {
      return fail("unknown line '" + std::string(f[0]) + "'");
    }
  }
  if (!header) return fail("not a pith boilerplate model");
  if (!intercept) return fail("no intercept");
  if (next_feature != k_feature_count)
    return fail("the model has " + std::to_string(next_feature) + " features, pith computes " +
                std::to_string(k_feature_count));
  for (std::size_t i = 0; i < k_feature_count; ++i) bias -= model->m_slope[i] * model->m_mean[i];
  model->m_bias = bias;
  return true;
}

const Model& Model::shipped() {
  static const Model model = [] {
    Model m;
    std::string err;
    // The build compiles the file in and the test suite parses it; a broken file fails there.
    if (!parse(boilerplate_data::model_text(), &m, &err)) m = Model{};
    return m;
  }();
  return model;
}

float Model::score(const FeatureVector& x) const {
  float z = m_bias;
  for (std::size_t i = 0; i < k_feature_count; ++i) z += m_slope[i] * x[i];
  return 1.0f / (1.0f + std::exp(-z));
}

std::vector<std::pair<Feature, bool>> Model::top_reasons(const FeatureVector& x, std::size_t n) const {
  std::vector<std::pair<float, std::size_t>> pushes;
  for (std::size_t i = 0; i < k_feature_count; ++i) {
    float push = m_slope[i] * (x[i] - m_mean[i]);
    if (push > 0) pushes.emplace_back(push, i);
  }
  std::size_t take = std::min(n, pushes.size());
  std::partial_sort(pushes.begin(), pushes.begin() + static_cast<std::ptrdiff_t>(take), pushes.end(),
                    [](const auto& a, const auto& b) { return a.first > b.first || (a.first == b.first && a.second < b.second); });
  std::vector<std::pair<Feature, bool>> out;
  for (std::size_t k = 0; k < take; ++k) {
    std::size_t i = pushes[k].second;
    out.emplace_back(static_cast<Feature>(i), x[i] > m_mean[i]);
  }
  return out;
}

bool load_model(const std::string& path, Model* model, std::string* err) {
  if (path.empty()) {
    *model = Model::shipped();
    return true;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    *err = "--boilerplate-model: cannot read " + path;
    return false;
  }
  std::ostringstream text;
  text << in.rdbuf();
  std::string why;
  if (!Model::parse(text.str(), model, &why)) {
    *err = "--boilerplate-model: " + path + ": " + why;
    return false;
  }
  return true;
}

}  // namespace pith::boilerplate
