// Site profile files: one row per site, line and template, tab-separated, sorted, so a profile
// reads in a pager, diffs line by line, and profiles concatenated are one profile.
#pragma once

#include <string>
#include <string_view>

#include "pith/sites/site_profile.h"

namespace pith::sites {

/// Profile files larger than this are refused: a profile lists a site's boilerplate, not its text.
inline constexpr std::size_t k_max_profile_bytes = std::size_t{1} << 30;

/// The text of `profile` as a file: comment lines ("#") saying what the columns are, then
///   site      SITE  RECORDS               records of SITE the profile was learned from
///   line      SITE  COUNT  KEY            a line, in key form, held by COUNT of them
///   template  SITE  COUNT  PREFIX {…} SUFFIX  lines matching the template, in COUNT of them
/// separated by tabs; sites in name order, each site's rows by count, most first.
std::string profile_text(const SiteProfile& profile);

/// Adds the rows of profile text `text` (read from `name`, for messages) to `profile`; rows of
/// the same site, line or template add up. Line rows are keyed again, so hand-written lines
/// may be in any case or spacing; invalid UTF-8 is repaired (U+FFFD). False with `err`
/// ("NAME:LINE: reason") on a malformed row.
bool parse_profile_text(std::string_view text, const std::string& name, SiteProfile* profile, std::string* err);

/// Reads profile file `path` (maybe gzip or zstd) into `profile`; false with `err` when it cannot.
bool load_profile_file(const std::string& path, SiteProfile* profile, std::string* err);

/// Writes `profile` to file `path` through a temporary file renamed into place, so a failed run
/// never leaves half a profile; false with `err` when it cannot.
bool save_profile_file(const std::string& path, const SiteProfile& profile, std::string* err);

}  // namespace pith::sites
