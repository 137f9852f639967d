// The boilerplate model: gradient-boosted regression trees over the feature table, read from
// their text form (the shipped src/pith/model/boilerplate.model, or a file given with
// --boilerplate-model).
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "pith/filters/boilerplate_features.h"

namespace pith::boilerplate {

/// P(boilerplate | features) = sigmoid(base + sum over trees of the leaf `x` reaches), the
/// gradient-boosted trees (Friedman 2001, log-loss) that src/pith/model/train_boilerplate.py
/// fits with scikit-learn's GradientBoostingClassifier. Leaf values already carry the learning
/// rate.
class Model {
 public:
  /// Reads a model from its text form: '#' comment lines, then "pith-boilerplate-model 2"; one
  /// line "feature NAME MEAN" for every feature of the table, in table order (MEAN: the training
  /// mean, which --explain compares a line's value with); "base X"; then the trees, each a line
  /// "tree" followed by its nodes in index order, node 0 its root: "split FEATURE THRESHOLD LEFT
  /// RIGHT VALUE" (x[FEATURE] <= THRESHOLD goes to node LEFT, else RIGHT; VALUE is the mean of the
  /// leaves below, weighted by training lines, which --explain's attribution needs) or "leaf
  /// VALUE". False with `err` (naming the line) for anything else: a model trained on other
  /// features must not be applied to these.
  static bool parse(std::string_view text, Model* model, std::string* err);

  /// The shipped model (parsed once; the build checks it parses).
  static const Model& shipped();

  /// The boilerplate probability of one line, 0..1.
  float score(const FeatureVector& x) const;

  /// score() of four lines at once: `out[k]` for `*x[k]`, the same to the bit. Where SSE2 is
  /// there the four walk each tree together, every split compared for all four and each line
  /// keeping the leaf its own path reaches, and the trees are added in score()'s order.
  void score4(const FeatureVector* const x[4], float out[4]) const;

  /// The `n` features that pushed `x` furthest towards boilerplate, largest first, each with
  /// true when its value was above the training mean; fewer when fewer pushed that way. A
  /// feature's push is the sum, over the trees, of how much each split on it moved the value of
  /// the node `x` passes through (Saabas's attribution for tree ensembles).
  std::vector<std::pair<Feature, bool>> top_reasons(const FeatureVector& x, std::size_t n) const;

  /// How many trees the model holds.
  std::size_t tree_count() const { return m_roots.size(); }

 private:
  struct Node {
    std::int32_t feature = -1;  ///< -1 for a leaf
    float threshold = 0;
    std::uint32_t left = 0, right = 0;  ///< indexes in m_nodes
    float value = 0;
  };
  /// The index of the child of `node` that `x` goes to.
  std::uint32_t child(const Node& node, const FeatureVector& x) const {
    return x[static_cast<std::size_t>(node.feature)] <= node.threshold ? node.left : node.right;
  }

  /// Builds the scoring layouts from m_nodes and m_roots (see m_flat and m_splits).
  void flatten();

  /// `z` plus the leaf value `x` reaches in each tree of the complete layout (m_splits), in tree
  /// order; `Depth` is m_depth when it is known at compile time, else 0.
  template <std::uint32_t Depth>
  float add_complete_trees(const FeatureVector& x, float z) const;

  /// A node as score() reads it: a leaf is a split that leads to itself on both sides, so
  /// every tree is walked the same number of steps (m_depth) with no test for leaves, and
  /// its leaf value is read at the end.
  struct FlatNode {
    std::uint32_t feature = 0;
    float threshold = 0;
    std::uint32_t child[2] = {0, 0};  ///< [0]: x <= threshold, [1]: above
  };

  /// A split of the complete layout score() walks (see m_splits).
  struct HeapSplit {
    std::uint32_t feature = 0;
    float threshold = 0;
  };
  /// Trees deeper than this are walked in m_flat: the complete layout doubles with each level.
  static constexpr std::uint32_t k_max_complete_depth = 10;
  /// Trees deeper than this are walked by score4() one line at a time: it compares every split
  /// of a tree for all four lines.
  static constexpr std::uint32_t k_max_score4_depth = 4;

  float m_base = 0;
  std::array<float, k_feature_count> m_mean{};
  std::vector<Node> m_nodes;
  std::vector<std::uint32_t> m_roots;
  std::vector<FlatNode> m_flat;  ///< m_nodes in the same order, in the layout above
  std::uint32_t m_depth = 0;     ///< splits on the longest path from a root to a leaf
  /// Every tree as a complete binary tree of m_depth levels, one after another, so score() walks
  /// without loading child indexes: a tree's 2^m_depth - 1 splits in heap order (the children of
  /// split i are 2i + 1 and 2i + 2) in m_splits, its 2^m_depth leaf values in m_leaves. A leaf
  /// above the last level is spread over every leaf below it (the splits there lead to copies of
  /// it), so each tree reaches the leaf it reaches in m_nodes. Empty when m_depth is over
  /// k_max_complete_depth.
  std::vector<HeapSplit> m_splits;
  std::vector<float> m_leaves;
  /// The complete layout as score4() reads it, each value four times over to load as it is
  /// (std::vector's storage is 16-byte aligned): m_splits' features as indexes of score4()'s
  /// transposed lines (4 * feature) and their thresholds, and each pair of sibling leaves of
  /// m_leaves as the right one's value, then the bits where the left one's differ (so the leaf
  /// a compare mask chooses is right ^ (mask & differ)).
  std::vector<std::uint32_t> m_offsets4;
  std::vector<float> m_thresholds4, m_pairs4;
};

/// The model a run uses: the file at `path`, or the shipped model when `path` is empty.
/// False with `err` when the file cannot be read or is not a model of these features.
bool load_model(const std::string& path, Model* model, std::string* err);

}  // namespace pith::boilerplate
