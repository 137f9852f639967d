// site-repeat: each kept line of a document is keyed and looked up among its site's learned
// lines and templates; the stage never takes a document's last kept line.
#include "pith/filters/site_repeat.h"

#include <vector>

#include "pith/sites/line_key.h"

namespace pith {

namespace {

/// "in 97 of 118 records of example.com", and the template when a template matched.
std::string reason(const sites::SiteMatch& match, const std::string& site) {
  std::string out = "in " + std::to_string(match.count) + " of " +
                    std::to_string(std::max(match.count, match.records)) + " records of " + site;
  if (match.by_template) out += ", as \"" + sites::template_text(*match.by_template) + "\"";
  return out;
}

}  // namespace

void SiteRepeatFilter::apply(Document& doc, std::string_view name) const {
  if (!m_profile || doc.site.empty()) return;
  const sites::SiteLines* site = m_profile->find(doc.site);
  if (!site) return;
  std::vector<std::pair<std::size_t, sites::SiteMatch>> hits;
  std::size_t kept = 0;
  for (std::size_t i = 0; i < doc.blocks.size(); ++i) {
    if (!doc.blocks[i].kept()) continue;
    ++kept;
    std::string_view key = sites::scratch_line_key(doc.blocks[i].text);
    if (key.empty() || key.size() > sites::k_max_key_bytes) continue;
    if (auto match = sites::SiteProfile::match(*site, key)) hits.emplace_back(i, *match);
  }
  // A record that is nothing but its site's repeated lines is still a record: its text stays.
  if (hits.size() == kept) return;
  for (const auto& [index, match] : hits) mark_removed(doc.blocks[index], name, reason(match, doc.site));
}

}  // namespace pith
