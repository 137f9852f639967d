// Building, merging and consulting site profiles.
#include "pith/sites/site_profile.h"

namespace pith::sites {

void SiteProfile::add_records(const std::string& site, std::size_t records) { m_sites[site].records += records; }

void SiteProfile::add_line(const std::string& site, const std::string& key, std::size_t count) {
  m_sites[site].lines[key] += count;
}

void SiteProfile::add_template(const std::string& site, const LineTemplate& parts, std::size_t count) {
  std::vector<SiteLines::Template>& templates = m_sites[site].templates;
  for (SiteLines::Template& t : templates)
    if (t.parts == parts) {
      t.count += count;
      return;
    }
  templates.push_back({parts, count});
}

void SiteProfile::merge(const SiteProfile& other) {
  for (const auto& [site, lines] : other.m_sites) {
    add_records(site, lines.records);
    for (const auto& [key, count] : lines.lines) add_line(site, key, count);
    for (const SiteLines::Template& t : lines.templates) add_template(site, t.parts, t.count);
  }
}

const SiteLines* SiteProfile::find(std::string_view site) const {
  auto it = m_sites.find(site);
  return it == m_sites.end() ? nullptr : &it->second;
}

std::optional<SiteMatch> SiteProfile::match(const SiteLines& site, std::string_view key) {
  if (auto it = site.lines.find(key); it != site.lines.end()) return SiteMatch{it->second, site.records, nullptr};
  for (const SiteLines::Template& t : site.templates)
    if (sites::matches(t.parts, key)) return SiteMatch{t.count, site.records, &t.parts};
  return std::nullopt;
}

}  // namespace pith::sites
