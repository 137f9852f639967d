// Progress and summary text; printed to standard error by the caller's one writer thread.
#include "cli/report.h"

#include <algorithm>
#include <cstdio>

namespace cli {

namespace {
constexpr auto k_redraw_every = std::chrono::milliseconds(250);

double megabytes(std::uint64_t bytes) { return static_cast<double>(bytes) / 1e6; }

/// "1 line", "2 lines".
std::string count_of(std::size_t n, std::string_view noun) {
  std::string out = std::to_string(n);
  out.push_back(' ');
  out += noun;
  if (n != 1) out.push_back('s');
  return out;
}
}  // namespace

void RunTotals::add_removed(const std::vector<std::pair<std::string, std::size_t>>& counts) {
  for (const auto& [name, count] : counts) {
    auto it = removed.begin();
    while (it != removed.end() && it->first != name) ++it;
    if (it == removed.end()) removed.emplace_back(name, count);
    else it->second += count;
  }
}

void RunTotals::add_site_removed(const std::string& site,
                                 const std::vector<std::pair<std::string, std::size_t>>& counts) {
  for (const auto& [name, count] : counts)
    if (name == "site-repeat") site_removed[site] += count;
}

Progress::Progress(bool enabled, std::uint64_t total_size, std::string what)
    : m_enabled(enabled),
      m_total_size(total_size),
      m_what(std::move(what)),
      m_start(std::chrono::steady_clock::now()),
      m_last(m_start) {}

void Progress::update(const RunTotals& totals, std::uint64_t stored) {
  if (!m_enabled) return;
  auto now = std::chrono::steady_clock::now();
  if (now - m_last < k_redraw_every) return;
  m_last = now;
  double seconds = std::chrono::duration<double>(now - m_start).count();
  char line[160];
  int n = std::snprintf(line, sizeof line, "\rpith: %s%s%zu records, %.1f MB/s", m_what.c_str(),
                        m_what.empty() ? "" : ": ", totals.records_in, megabytes(totals.bytes) / seconds);
  if (m_total_size > 0 && stored > 0 && n > 0) {
    double done = static_cast<double>(stored) / static_cast<double>(m_total_size);
    double eta = seconds / done - seconds;
    std::snprintf(line + n, sizeof line - static_cast<std::size_t>(n), ", %.0f%%, ETA %d:%02d", done * 100,
                  static_cast<int>(eta) / 60, static_cast<int>(eta) % 60);
  }
  std::fputs(line, stderr);
  std::fputs("\x1b[K", stderr);
  m_drawn = true;
}

void Progress::clear() {
  if (m_drawn) std::fputs("\r\x1b[K", stderr);
  m_drawn = false;
}

std::string summary(const RunTotals& totals, double seconds) {
  char line[256];
  std::snprintf(line, sizeof line, "pith: %zu records in, %zu out, %zu errors, %zu skipped\n", totals.records_in,
                totals.records_out, totals.errors, totals.skipped);
  std::string out = line;
  out += "pith: lines removed:";
  if (totals.removed.empty()) out += " none";
  for (std::size_t i = 0; i < totals.removed.size(); ++i)
    out += (i ? ", " : " ") + totals.removed[i].first + " " + std::to_string(totals.removed[i].second);
  out.push_back('\n');
  if (seconds <= 0) seconds = 1e-9;
  std::snprintf(line, sizeof line, "pith: %.1f MB in %.2f s: %.1f MB/s, %.0f records/s\n", megabytes(totals.bytes),
                seconds, megabytes(totals.bytes) / seconds, static_cast<double>(totals.records_in) / seconds);
  out += line;
  return out;
}

std::string learning_summary(const pith::sites::LearnerStats& stats, double seconds) {
  char line[256];
  std::snprintf(line, sizeof line,
                "pith: site-repeat learned from %zu records of %zu sites in %.2f s (%zu records named no site)\n",
                stats.records, stats.sites, seconds, stats.records_without_site);
  std::string out = line;
  if (stats.records_not_learned > 0) {
    std::snprintf(line, sizeof line,
                  "pith: site-repeat: memory budget spent; %zu records of sites seen after that were not learned\n",
                  stats.records_not_learned);
    out += line;
  }
  return out;
}

std::string site_summary(const pith::sites::SiteProfile& profile, const RunTotals* totals) {
  constexpr std::size_t k_max_sites_listed = 20;
  struct Row {
    const std::string* site;
    const pith::sites::SiteLines* lines;
    std::size_t removed;
  };
  std::vector<Row> rows;
  std::size_t lines = 0, templates = 0;
  for (const auto& [site, learned] : profile.sites()) {
    std::size_t removed = 0;
    if (totals)
      if (auto it = totals->site_removed.find(site); it != totals->site_removed.end()) removed = it->second;
    rows.push_back({&site, &learned, removed});
    lines += learned.lines.size();
    templates += learned.templates.size();
  }
  std::stable_sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) { return a.removed > b.removed; });
  std::string out = "pith: site-repeat: " + count_of(lines, "line") + " and " + count_of(templates, "template") +
                    " learned for " + count_of(rows.size(), "site") + "\n";
  for (std::size_t i = 0; i < rows.size() && i < k_max_sites_listed; ++i) {
    const Row& row = rows[i];
    out += "pith:   " + *row.site + ": " + count_of(row.lines->records, "record") + "; " +
           count_of(row.lines->lines.size(), "line") + ", " + count_of(row.lines->templates.size(), "template") +
           " learned";
    if (totals) out += "; " + count_of(row.removed, "line") + " removed";
    out.push_back('\n');
  }
  if (rows.size() > k_max_sites_listed) out += "pith:   and " + std::to_string(rows.size() - k_max_sites_listed) + " more sites\n";
  return out;
}

}  // namespace cli
