// The site a record belongs to: what site-repeat counts lines per.
#pragma once

#include <string>
#include <string_view>

namespace pith::sites {

/// The site of a record from its URL or a site field: a URL's host, lower-cased, without user
/// information, port or trailing dot ("https://www.Example.com:443/a" → "example.com");
/// anything else (a host, a name from --site-field) trimmed and lower-cased; either way with
/// control characters as spaces, invalid UTF-8 repaired and a host's leading "www." dropped, so
/// site_name(site_name(v)) == site_name(v). "" when `raw` names no site.
std::string site_name(std::string_view raw);

}  // namespace pith::sites
