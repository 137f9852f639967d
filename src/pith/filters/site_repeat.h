// site-repeat: lines a site repeats across its records (tickers, taglines, standing bios,
// "The post … appeared first on X."), as a site profile lists them.
#pragma once

#include <memory>

#include "pith/filters/filter.h"
#include "pith/sites/site_profile.h"

namespace pith {

class SiteRepeatFilter : public Filter {
 public:
  explicit SiteRepeatFilter(const Config& config) : m_profile(config.site_profile) {}
  void apply(Document& doc, std::string_view name) const override;

 private:
  std::shared_ptr<const sites::SiteProfile> m_profile;
};

}  // namespace pith
