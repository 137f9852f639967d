// boilerplate: a learned line classifier that removes the page furniture and residue lines the
// named filters do not know, judged from the shape of each line and of the lines around it.
#pragma once

#include <vector>

#include "pith/filters/boilerplate_model.h"
#include "pith/filters/filter.h"

namespace pith {

class BoilerplateFilter : public Filter {
 public:
  /// Uses config.boilerplate_model (the shipped model when empty; Pipeline::create has checked
  /// that the file loads), config.boilerplate_threshold, and config.boilerplate_page_threshold
  /// for a text document that looks like a whole page dumped as text: 80 or more lines, under
  /// 35% of them prose.
  explicit BoilerplateFilter(const Config& config);
  void apply(Document& doc, std::string_view name) const override;

 private:
  /// Removes the lines of `features` whose `scores` (one per line, in order) reach `threshold`.
  void judge(Document& doc, std::string_view name, const boilerplate::DocumentFeatures& features,
             const std::vector<float>& scores, float threshold, bool whole_page) const;

  boilerplate::Model m_model;
  float m_threshold;
  float m_page_threshold;
  bool m_dump_features;
  bool m_reasons;  ///< Config::removal_reasons
};

namespace boilerplate {

/// The scores of a whole page's lines (one per line, in order, each 0..1), each blended with the
/// lines around it: 0.6 x its own score + 0.4 x the mean over itself and the two lines on each
/// side (fewer at the edges). Same length as `scores`; empty in, empty out. Why and the
/// measurements: boilerplate.cpp, k_own_weight.
std::vector<float> with_neighbours(const std::vector<float>& scores);

}  // namespace boilerplate

/// False with `err` when config.boilerplate_model names a file that is not a usable model, or
/// the threshold is out of range: a configuration error, checked once at start.
bool check_boilerplate_config(const Config& config, std::string* err);

}  // namespace pith
