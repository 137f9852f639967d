// Progress and summary text; printed to standard error by the caller's one writer thread.
#include "cli/report.h"

#include <algorithm>
#include <cstdio>

#include "pith/sites/site_name.h"

namespace cli {

namespace {
constexpr auto k_redraw_every = std::chrono::milliseconds(250);

double megabytes(std::uint64_t bytes) { return static_cast<double>(bytes) / 1e6; }

void add_counts(std::vector<std::pair<std::string, std::size_t>>& into,
                const std::vector<std::pair<std::string, std::size_t>>& counts) {
  for (const auto& counted : counts) {  // no structured binding: clang 14 cannot capture one in a lambda
    auto it = std::find_if(into.begin(), into.end(), [&](const auto& entry) { return entry.first == counted.first; });
    if (it == into.end()) into.push_back(counted);
    else it->second += counted.second;
  }
}
}  // namespace

void RunTotals::add_removed(const std::vector<std::pair<std::string, std::size_t>>& counts) {
  add_counts(removed, counts);
}

void RunTotals::add_site(std::string_view url, const std::vector<std::pair<std::string, std::size_t>>& counts) {
  SiteTotals& site = sites[url_site(url)];
  ++site.records;
  for (const auto& entry : counts) site.removed += entry.second;
  add_counts(site.per_filter, counts);
}

void RunTotals::add_example(const std::string& filter, const std::string& text, const std::string& reason,
                            const std::string& record) {
  auto it = std::find_if(examples.begin(), examples.end(), [&](const auto& entry) { return entry.first == filter; });
  if (it == examples.end()) it = examples.insert(examples.end(), {filter, {}});
  std::vector<RemovedExample>& list = it->second;
  if (list.size() >= k_examples_per_filter) return;
  if (std::any_of(list.begin(), list.end(), [&](const RemovedExample& e) { return e.text == text; })) return;
  list.push_back({text, reason, record});
}

std::string url_site(std::string_view url) {
  // The sites module's reading of a URL, so --report and site-repeat name a site alike.
  if (url.find("://") == std::string_view::npos) return {};
  return pith::sites::site_name(url);
}

std::string count_of(std::size_t n, std::string_view noun) {
  return std::to_string(n) + " " + std::string(noun) + (n == 1 ? "" : "s");
}

std::vector<std::pair<std::string, std::size_t>> in_pipeline_order(
    std::vector<std::pair<std::string, std::size_t>> counts, const std::vector<std::string>& stage_order) {
  auto place = [&](const std::string& name) {
    return static_cast<std::size_t>(std::find(stage_order.begin(), stage_order.end(), name) - stage_order.begin());
  };
  std::stable_sort(counts.begin(), counts.end(), [&](const auto& a, const auto& b) { return place(a.first) < place(b.first); });
  return counts;
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
  if (m_ever_drawn && now - m_last < k_redraw_every) return;
  m_last = now;
  m_ever_drawn = true;
  double seconds = std::max(std::chrono::duration<double>(now - m_start).count(), 1e-3);
  char line[160];
  int n = std::snprintf(line, sizeof line, "\rpith: %s%s%s, %.1f MB/s", m_what.c_str(), m_what.empty() ? "" : ": ",
                        count_of(totals.records_in, "record").c_str(), megabytes(totals.bytes) / seconds);
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

bool progress_allowed(bool stderr_is_terminal, bool stdout_is_terminal, bool output_to_stdout) {
  return stderr_is_terminal && !(stdout_is_terminal && output_to_stdout);
}

std::string summary(const RunTotals& totals, double seconds, const std::vector<std::string>& stage_order,
                    const std::string& destination) {
  std::string out = "pith: " + count_of(totals.records_in, "record") + " in: " + std::to_string(totals.records_out) +
                    " out";
  if (totals.empty > 0) out += " (" + std::to_string(totals.empty) + " empty)";
  out += ", " + count_of(totals.errors, "error") + ", " + std::to_string(totals.skipped) + " skipped";
  // Each skip counted by its own reason; one reason alone needs no count.
  const std::pair<std::size_t, const char*> reasons[] = {
      {totals.skipped - totals.skipped_short - totals.skipped_language, "not HTML responses"},
      {totals.skipped_short, "under --min-chars"},
      {totals.skipped_language, "not in a --language asked for"},
  };
  std::vector<std::pair<std::size_t, const char*>> given;
  for (const auto& reason : reasons)
    if (reason.first > 0) given.push_back(reason);
  for (std::size_t i = 0; i < given.size(); ++i) {
    out += i == 0 ? " (" : ", ";
    if (given.size() > 1) out += std::to_string(given[i].first) + " ";
    out += given[i].second;
  }
  if (!given.empty()) out.push_back(')');
  out.push_back('\n');
  if (totals.empty > 0)
    out += "pith: " + count_of(totals.empty, "record") + " came out empty: nothing was kept (see --explain; " +
           "--min-chars N skips them)\n";
  out += "pith: removed, in pipeline order:";
  if (totals.removed.empty()) out += " nothing";
  std::vector<std::pair<std::string, std::size_t>> removed = in_pipeline_order(totals.removed, stage_order);
  for (std::size_t i = 0; i < removed.size(); ++i)
    out += (i ? ", " : " ") + removed[i].first + " " + std::to_string(removed[i].second);
  out.push_back('\n');
  if (!destination.empty()) out += "pith: " + destination + "\n";
  if (seconds <= 0) seconds = 1e-9;
  char line[256];
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
