// Reading the boilerplate model's text form, scoring a line with its trees, and naming what decided.
#include "pith/filters/boilerplate_model.h"

#include <algorithm>
#include <bit>
#include <charconv>
#include <cmath>
#include <fstream>
#include <sstream>
#include <type_traits>
#include <vector>

#include "pith/filters/boilerplate_data.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

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

/// Reads all of `s` as a number (a float must be finite). from_chars for float is in libstdc++
/// 11+; it reads what Python's repr writes.
template <typename Number>
bool to_number(std::string_view s, Number* value) {
  auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), *value);
  if (ec != std::errc() || ptr != s.data() + s.size()) return false;
  if constexpr (std::is_floating_point_v<Number>) return std::isfinite(*value);
  return true;
}

}  // namespace

bool Model::parse(std::string_view text, Model* model, std::string* err) {
  *model = Model{};
  std::size_t next_feature = 0;
  bool header = false, base = false;
  std::size_t tree_start = 0;  ///< index in m_nodes of the current tree's node 0
  std::size_t line_no = 0, pos = 0;
  auto fail = [&](const std::string& why) {
    *err = "line " + std::to_string(line_no) + ": " + why;
    return false;
  };
  auto wrong_feature_count = [&] {
    return fail("the model has " + std::to_string(next_feature) + " features, pith computes " +
                std::to_string(k_feature_count));
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
      if (f.size() != 2 || f[0] != "pith-boilerplate-model" || f[1] != "2")
        return fail("expected 'pith-boilerplate-model 2'");
      header = true;
    } else if (f[0] == "feature") {
      if (next_feature >= k_feature_count) return fail("more features than pith computes");
      std::string_view expected = feature_table()[next_feature].name;
      if (f.size() != 3 || f[1] != expected) return fail("expected 'feature " + std::string(expected) + " MEAN'");
      if (!to_number(f[2], &model->m_mean[next_feature])) return fail("bad mean for feature " + std::string(expected));
      ++next_feature;
    } else if (f[0] == "base") {
      if (f.size() != 2 || !to_number(f[1], &model->m_base)) return fail("expected 'base NUMBER'");
      base = true;
    } else if (f[0] == "tree") {
      if (next_feature != k_feature_count) return wrong_feature_count();
      tree_start = model->m_nodes.size();
      model->m_roots.push_back(static_cast<std::uint32_t>(tree_start));
    } else if (f[0] == "split" || f[0] == "leaf") {
      if (model->m_roots.empty()) return fail("a node before the first 'tree'");
      Node node;
      if (f[0] == "leaf") {
        if (f.size() != 2 || !to_number(f[1], &node.value)) return fail("expected 'leaf VALUE'");
      } else {
        std::uint32_t feature = 0;
        if (f.size() != 6 || !to_number(f[1], &feature) || feature >= k_feature_count || !to_number(f[2], &node.threshold) ||
            !to_number(f[3], &node.left) || !to_number(f[4], &node.right) || !to_number(f[5], &node.value))
          return fail("expected 'split FEATURE THRESHOLD LEFT RIGHT VALUE'");
        node.feature = static_cast<std::int32_t>(feature);
        node.left += static_cast<std::uint32_t>(tree_start);
        node.right += static_cast<std::uint32_t>(tree_start);
      }
      model->m_nodes.push_back(node);
    } else {
      return fail("unknown line '" + std::string(f[0]) + "'");
    }
  }
  if (!header) return fail("not a pith boilerplate model");
  if (next_feature != k_feature_count) return wrong_feature_count();
  if (!base) return fail("no base");
  if (model->m_roots.empty()) return fail("no trees");
  // Every split points forward inside its own tree, so scoring always reaches a leaf.
  for (std::size_t t = 0; t < model->m_roots.size(); ++t) {
    std::size_t first = model->m_roots[t];
    std::size_t last = t + 1 < model->m_roots.size() ? model->m_roots[t + 1] : model->m_nodes.size();
    if (first == last) return fail("tree " + std::to_string(t) + " has no nodes");
    for (std::size_t i = first; i < last; ++i) {
      const Node& node = model->m_nodes[i];
      if (node.feature >= 0 && !(node.left > i && node.left < last && node.right > i && node.right < last)) {
        *err = "tree " + std::to_string(t) + ": node " + std::to_string(i - first) + " points outside its tree";
        return false;
      }
    }
  }
  model->flatten();
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

void Model::flatten() {
  m_flat.assign(m_nodes.size(), FlatNode{});
  std::vector<std::uint32_t> depth(m_nodes.size(), 0);
  m_depth = 0;
  for (std::uint32_t i = 0; i < m_nodes.size(); ++i) {
    const Node& node = m_nodes[i];
    FlatNode& flat = m_flat[i];
    if (node.feature < 0) {
      flat.child[0] = flat.child[1] = i;
      continue;
    }
    // Children come after their parent (parse() checks it), so a parent's depth is known first.
    flat.feature = static_cast<std::uint32_t>(node.feature);
    flat.threshold = node.threshold;
    flat.child[0] = node.left;
    flat.child[1] = node.right;
    depth[node.left] = depth[node.right] = depth[i] + 1;
    m_depth = std::max(m_depth, depth[i] + 1);
  }
  m_splits.clear();
  m_leaves.clear();
  if (m_depth > k_max_complete_depth) return;
  // Each tree, level by level: `at[p]` is the node of m_nodes that heap position p stands for (a
  // leaf stands for itself at every position below it).
  const std::size_t inner = (std::size_t{1} << m_depth) - 1;
  m_splits.reserve(m_roots.size() * inner);
  m_leaves.reserve(m_roots.size() * (inner + 1));
  std::vector<std::uint32_t> at(2 * inner + 1);
  for (std::uint32_t root : m_roots) {
    at[0] = root;
    for (std::size_t p = 0; p < inner; ++p) {
      const Node& node = m_nodes[at[p]];
      HeapSplit split;
      if (node.feature >= 0) {
        split.feature = static_cast<std::uint32_t>(node.feature);
        split.threshold = node.threshold;
        at[2 * p + 1] = node.left;
        at[2 * p + 2] = node.right;
      } else {
        at[2 * p + 1] = at[2 * p + 2] = at[p];
      }
      m_splits.push_back(split);
    }
    for (std::size_t p = inner; p < 2 * inner + 1; ++p) m_leaves.push_back(m_nodes[at[p]].value);
  }
  m_offsets4.clear();
  m_thresholds4.clear();
  m_pairs4.clear();
  for (const HeapSplit& split : m_splits) {
    m_offsets4.push_back(4 * split.feature);
    m_thresholds4.insert(m_thresholds4.end(), 4, split.threshold);
  }
  for (std::size_t leaf = 0; leaf < m_leaves.size(); leaf += 2) {
    const float left = m_leaves[leaf], right = m_leaves[leaf + 1];
    const float both = std::bit_cast<float>(std::bit_cast<std::uint32_t>(left) ^ std::bit_cast<std::uint32_t>(right));
    m_pairs4.insert(m_pairs4.end(), 4, right);
    m_pairs4.insert(m_pairs4.end(), 4, both);
  }
}

template <std::uint32_t Depth>
float Model::add_complete_trees(const FeatureVector& x, float z) const {
  const std::uint32_t depth = Depth ? Depth : m_depth;
  const std::size_t inner = (std::size_t{1} << depth) - 1;
  const HeapSplit* splits = m_splits.data();
  const float* leaves = m_leaves.data();
  for (std::size_t t = 0; t < m_roots.size(); ++t, splits += inner, leaves += inner + 1) {
    std::size_t p = 0;
    for (std::uint32_t step = 0; step < depth; ++step) p = 2 * p + 1 + !(x[splits[p].feature] <= splits[p].threshold);
    z += leaves[p - inner];
  }
  return z;
}

float Model::score(const FeatureVector& x) const {
  float z = m_base;
  if (!m_leaves.empty()) {
    // The complete layout: each tree reaches the leaf value it reaches in m_flat below, added
    // in the same order, so the sum is the same to the bit. The usual depths are walked by code
    // that knows the depth, with no loop over the levels.
    switch (m_depth) {
      case 2: z = add_complete_trees<2>(x, z); break;
      case 3: z = add_complete_trees<3>(x, z); break;
      case 4: z = add_complete_trees<4>(x, z); break;
      default: z = add_complete_trees<0>(x, z); break;
    }
    return 1.0f / (1.0f + std::exp(-z));
  }
  const FlatNode* nodes = m_flat.data();
  for (std::uint32_t n : m_roots) {
    // A leaf leads to itself: m_depth steps reach every tree's leaf, a select each (no NaN
    // reaches here, so "not <=" is ">" as in child()).
    for (std::uint32_t step = 0; step < m_depth; ++step) {
      const FlatNode& node = nodes[n];
      n = node.child[!(x[node.feature] <= node.threshold)];
    }
    z += m_nodes[n].value;
  }
  return 1.0f / (1.0f + std::exp(-z));
}

#if defined(__SSE2__)
namespace {

/// `right` where `left_mask` is clear, `left` where it is set, bit for bit.
inline __m128 select(__m128 left_mask, __m128 left, __m128 right) {
  return _mm_xor_ps(right, _mm_and_ps(left_mask, _mm_xor_ps(left, right)));
}

/// The leaf value each of score4()'s four lines reaches below heap position `p`, at level
/// `Level` of a tree of the complete layout of depth `Depth` (see sums_of_four()): every split
/// below is compared for all four lines, and each line takes, level by level up from the leaves,
/// the side its own comparison chose.
template <std::uint32_t Level, std::uint32_t Depth>
inline __m128 value_below(const float* xs, const std::uint32_t* offsets4, const float* thresholds4, const float* pairs4,
                          std::size_t p) {
  constexpr std::size_t inner = (std::size_t{1} << Depth) - 1;
  const __m128 left = _mm_cmple_ps(_mm_load_ps(xs + offsets4[p]), _mm_load_ps(thresholds4 + 4 * p));
  if constexpr (Level + 1 == Depth) {
    // The pair of leaves under p: the right one, then the bits where the left one differs.
    const float* pair = pairs4 + 8 * (p - inner / 2);
    return _mm_xor_ps(_mm_load_ps(pair), _mm_and_ps(left, _mm_load_ps(pair + 4)));
  } else {
    return select(left, value_below<Level + 1, Depth>(xs, offsets4, thresholds4, pairs4, 2 * p + 1),
                  value_below<Level + 1, Depth>(xs, offsets4, thresholds4, pairs4, 2 * p + 2));
  }
}

/// The sums of score4()'s four lines over `trees` trees of depth `Depth` in the complete layout,
/// from `base`: a split's feature as an index in `xs` (offsets4), its threshold four times over
/// (thresholds4), and each pair of leaves as in Model::m_pairs4. `xs` holds the lines' features
/// feature by feature (xs[4f + k] is line k's feature f). Each line's leaf is exactly the one its
/// own path reaches, and the trees are added in order, so each sum is score()'s to the bit.
template <std::uint32_t Depth>
__m128 sums_of_four(const float* xs, const std::uint32_t* offsets4, const float* thresholds4, const float* pairs4,
                    std::size_t trees, float base) {
  constexpr std::size_t inner = (std::size_t{1} << Depth) - 1;
  __m128 z = _mm_set1_ps(base);
  for (std::size_t t = 0; t < trees; ++t, offsets4 += inner, thresholds4 += 4 * inner, pairs4 += 4 * (inner + 1))
    z = _mm_add_ps(z, value_below<0, Depth>(xs, offsets4, thresholds4, pairs4, 0));
  return z;
}

}  // namespace
#endif

void Model::score4(const FeatureVector* const x[4], float out[4]) const {
#if defined(__SSE2__)
  if (!m_leaves.empty() && m_depth >= 1 && m_depth <= k_max_score4_depth) {
    alignas(16) float xs[4 * k_feature_count];
    for (std::size_t f = 0; f < k_feature_count; ++f)
      for (std::size_t k = 0; k < 4; ++k) xs[4 * f + k] = (*x[k])[f];
    const std::uint32_t* offsets = m_offsets4.data();
    const float* thresholds = m_thresholds4.data();
    const float* pairs = m_pairs4.data();
    const std::size_t trees = m_roots.size();
    __m128 z;
    switch (m_depth) {
      case 1: z = sums_of_four<1>(xs, offsets, thresholds, pairs, trees, m_base); break;
      case 2: z = sums_of_four<2>(xs, offsets, thresholds, pairs, trees, m_base); break;
      case 3: z = sums_of_four<3>(xs, offsets, thresholds, pairs, trees, m_base); break;
      default: z = sums_of_four<k_max_score4_depth>(xs, offsets, thresholds, pairs, trees, m_base); break;
    }
    alignas(16) float sums[4];
    _mm_store_ps(sums, z);
    for (std::size_t k = 0; k < 4; ++k) out[k] = 1.0f / (1.0f + std::exp(-sums[k]));
    return;
  }
#endif
  for (std::size_t k = 0; k < 4; ++k) out[k] = score(*x[k]);
}

std::vector<std::pair<Feature, bool>> Model::top_reasons(const FeatureVector& x, std::size_t n) const {
  std::array<float, k_feature_count> push{};
  const FlatNode* flat = m_flat.data();
  const Node* nodes = m_nodes.data();
  for (std::uint32_t root : m_roots) {
    for (std::uint32_t node = root; nodes[node].feature >= 0;) {
      const FlatNode& split = flat[node];
      std::uint32_t next = split.child[!(x[split.feature] <= split.threshold)];
      push[split.feature] += nodes[next].value - nodes[node].value;
      node = next;
    }
  }
  std::array<std::pair<float, std::size_t>, k_feature_count> pushes;
  std::size_t count = 0;
  for (std::size_t i = 0; i < k_feature_count; ++i)
    if (push[i] > 0) pushes[count++] = {push[i], i};
  std::size_t take = std::min(n, count);
  std::partial_sort(pushes.begin(), pushes.begin() + static_cast<std::ptrdiff_t>(take),
                    pushes.begin() + static_cast<std::ptrdiff_t>(count),
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
