// site-repeat: lines a site repeats across its records (tickers, taglines, standing bios,
// "The post … appeared first on X."), as a site profile lists them.
#pragma once

#include <map>
#include <memory>
#include <string_view>
#include <vector>

#include "pith/filters/filter.h"
#include "pith/sites/site_profile.h"

namespace pith {

class SiteRepeatFilter : public Filter {
 public:
  explicit SiteRepeatFilter(const Config& config);
  void apply(Document& doc, std::string_view name) const override;

  /// A learned line long enough to be looked for glued to a longer one.
  struct GluedLine {
    std::string_view key;  ///< into the profile
    std::size_t words;
    std::size_t count;
  };

 private:
  std::shared_ptr<const sites::SiteProfile> m_profile;
  /// Per site of the profile, its learned lines that may be glued to a longer line.
  std::map<std::string_view, std::vector<GluedLine>> m_glued;
};

}  // namespace pith
