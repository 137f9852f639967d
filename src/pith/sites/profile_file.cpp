// Site profile files: writing sorted rows, reading them back with every error at its line.
#include "pith/sites/profile_file.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <initializer_list>
#include <vector>

#include "pith/input/byte_source.h"
#include "pith/input/decompress.h"
#include "pith/input/utf8.h"
#include "pith/sites/line_key.h"
#include "pith/sites/site_name.h"

namespace pith::sites {

namespace {

constexpr std::string_view k_header =
    "# pith site profile: lines that recur across the records of each site (see pith(1), SITE PROFILES).\n"
    "# site\tSITE\tRECORDS\t\trecords of SITE it was learned from\n"
    "# line\tSITE\tCOUNT\tKEY\ta line (lower case, numbers as #, dates as {date}) in COUNT of them\n"
    "# template\tSITE\tCOUNT\tTEXT\tlines matching TEXT, whose {…} stands for any few words\n"
    "# Delete a row to keep its line. Profiles concatenated are one profile: counts add up.\n";

void append_row(std::string& out, std::string_view kind, std::string_view site, std::size_t count,
                std::string_view text) {
  out += kind;
  out.push_back('\t');
  out += site;
  out.push_back('\t');
  out += std::to_string(count);
  if (!text.empty() || kind != "site") {
    out.push_back('\t');
    out += text;
  }
  out.push_back('\n');
}

/// `text` split on tabs.
std::vector<std::string_view> fields_of(std::string_view text) {
  std::vector<std::string_view> fields;
  for (std::size_t at = 0;;) {
    std::size_t tab = text.find('\t', at);
    fields.push_back(text.substr(at, tab == std::string_view::npos ? std::string_view::npos : tab - at));
    if (tab == std::string_view::npos) return fields;
    at = tab + 1;
  }
}

bool parse_count(std::string_view text, std::size_t* count) {
  if (text.empty() || text.size() > 18) return false;
  std::size_t value = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return false;
    value = value * 10 + static_cast<std::size_t>(c - '0');
  }
  *count = value;
  return true;
}

}  // namespace

std::string profile_text(const SiteProfile& profile) {
  std::string out(k_header);
  for (const auto& [site, lines] : profile.sites()) {
    append_row(out, "site", site, lines.records, "");
    std::vector<std::pair<std::size_t, std::string_view>> rows;
    for (const auto& [key, count] : lines.lines) rows.emplace_back(count, key);
    std::sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) {
      return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    for (const auto& [count, key] : rows) append_row(out, "line", site, count, key);
    std::vector<std::pair<std::size_t, std::string>> templates;
    for (const SiteLines::Template& t : lines.templates) templates.emplace_back(t.count, template_text(t.parts));
    std::sort(templates.begin(), templates.end(), [](const auto& a, const auto& b) {
      return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    for (const auto& [count, text] : templates) append_row(out, "template", site, count, text);
  }
  return out;
}

bool parse_profile_text(std::string_view text, const std::string& name, SiteProfile* profile, std::string* err) {
  // Lines are matched against documents' valid UTF-8, and rows are written out again.
  std::string repaired;
  if (!utf8::is_valid(text)) {
    repaired.assign(text);
    utf8::repair(repaired);
    text = repaired;
  }
  std::size_t number = 0;
  // Messages are joined by appending, which also keeps g++ 12's -Wrestrict quiet.
  auto fail = [&](std::initializer_list<std::string_view> reason) {
    *err = name;
    *err += ":";
    *err += std::to_string(number);
    *err += ": ";
    for (std::string_view piece : reason) *err += piece;
    return false;
  };
  for (std::size_t at = 0; at < text.size();) {
    std::size_t end = text.find('\n', at);
    if (end == std::string_view::npos) end = text.size();
    std::string_view row = text.substr(at, end - at);
    at = end + 1;
    ++number;
    if (row.ends_with('\r')) row.remove_suffix(1);
    if (row.empty() || row.starts_with('#')) continue;
    std::vector<std::string_view> fields = fields_of(row);
    std::string_view kind = fields[0];
    if (kind != "site" && kind != "line" && kind != "template")
      return fail({"'", kind, "' is not a row kind (site, line or template)"});
    bool is_site = kind == "site";
    if (fields.size() < (is_site ? 3u : 4u) || fields.size() > 4)
      return is_site ? fail({"a site row is: site<TAB>SITE<TAB>RECORDS"})
                     : fail({"a ", kind, " row is: ", kind, "<TAB>SITE<TAB>COUNT<TAB>TEXT"});
    std::string site = site_name(fields[1]);
    if (site.empty()) return fail({"no site name"});
    std::size_t count = 0;
    if (!parse_count(fields[2], &count)) return fail({"'", fields[2], "' is not a count"});
    if (is_site) {
      profile->add_records(site, count);
      continue;
    }
    if (kind == "line") {
      std::string key = line_key(fields[3]);
      if (key.empty()) return fail({"an empty line"});
      if (key.size() > k_max_key_bytes)
        return fail({"a line longer than ", std::to_string(k_max_key_bytes), " bytes, which is never matched"});
      profile->add_line(site, key, count);
      continue;
    }
    LineTemplate parts;
    if (!parse_template_text(fields[3], &parts)) return fail({"a template needs fixed words around {…}"});
    profile->add_template(site, parts, count);
  }
  return true;
}

bool load_profile_file(const std::string& path, SiteProfile* profile, std::string* err) {
  FileSource file;
  std::string text;
  std::string why;
  if (!file.open(path, &why)) {
    *err = path + ": " + why;
    return false;
  }
  DecompressingSource decoded(file);
  if (!read_all(decoded, k_max_profile_bytes, &text, &why)) {
    *err = path + ": " + why;
    return false;
  }
  return parse_profile_text(text, path, profile, err);
}

bool save_profile_file(const std::string& path, const SiteProfile& profile, std::string* err) {
  std::string text = profile_text(profile);
  std::string temporary = path + ".tmp";
  std::FILE* file = std::fopen(temporary.c_str(), "wb");
  if (!file) {
    *err = temporary + ": " + std::strerror(errno);
    return false;
  }
  bool written = std::fwrite(text.data(), 1, text.size(), file) == text.size();
  if (std::fclose(file) != 0) written = false;
  if (!written || std::rename(temporary.c_str(), path.c_str()) != 0) {
    *err = path + ": " + std::strerror(errno);
    std::remove(temporary.c_str());
    return false;
  }
  return true;
}

}  // namespace pith::sites
