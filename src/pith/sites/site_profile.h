// A site profile: for each site, the lines and line templates that recur across its records, with
// how many of its records hold them. site-repeat removes what a profile lists; the learner writes
// profiles and profile files keep them.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "pith/sites/line_template.h"

namespace pith::sites {

/// The records of one site a profile was learned from, and what recurs in them.
struct SiteLines {
  struct StringHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  struct Template {
    LineTemplate parts;
    std::size_t count = 0;  ///< records holding a line it matches
  };

  std::size_t records = 0;
  /// Line keys (line_key()) → records holding the line.
  std::unordered_map<std::string, std::size_t, StringHash, std::equal_to<>> lines;
  std::vector<Template> templates;
};

/// Why a line is boilerplate of its site.
struct SiteMatch {
  std::size_t count = 0;    ///< records of the site holding it
  std::size_t records = 0;  ///< records of the site the profile saw
  const LineTemplate* by_template = nullptr;  ///< the template it matched, or null for an exact line
};

class SiteProfile {
 public:
  /// Adds `records` records of `site`; profiles merged add up.
  void add_records(const std::string& site, std::size_t records);
  /// Adds a line key seen in `count` records of `site` (counts of the same line add up).
  void add_line(const std::string& site, const std::string& key, std::size_t count);
  /// Adds a template seen in `count` records of `site` (counts of the same template add up).
  void add_template(const std::string& site, const LineTemplate& parts, std::size_t count);
  /// Adds everything of `other` to this profile.
  void merge(const SiteProfile& other);

  /// The lines of `site`, or null when the profile knows nothing of it.
  const SiteLines* find(std::string_view site) const;
  /// Whether line key `key` is boilerplate of `site` (exact lines first, then templates).
  static std::optional<SiteMatch> match(const SiteLines& site, std::string_view key);

  /// Every site, sorted by name.
  const std::map<std::string, SiteLines, std::less<>>& sites() const { return m_sites; }
  bool empty() const { return m_sites.empty(); }

 private:
  std::map<std::string, SiteLines, std::less<>> m_sites;
};

}  // namespace pith::sites
