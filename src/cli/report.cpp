// Progress and summary text; printed to standard error by the caller's one writer thread.
#include "cli/report.h"

#include <cstdio>

namespace cli {

namespace {
constexpr auto k_redraw_every = std::chrono::milliseconds(250);

double megabytes(std::uint64_t bytes) { return static_cast<double>(bytes) / 1e6; }
}  // namespace

void RunTotals::add_removed(const std::vector<std::pair<std::string, std::size_t>>& counts) {
  for (const auto& [name, count] : counts) {
    auto it = removed.begin();
    while (it != removed.end() && it->first != name) ++it;
    if (it == removed.end()) removed.emplace_back(name, count);
    else it->second += count;
  }
}

Progress::Progress(bool enabled, std::uint64_t total_size)
    : m_enabled(enabled), m_total_size(total_size), m_start(std::chrono::steady_clock::now()), m_last(m_start) {}

void Progress::update(const RunTotals& totals, std::uint64_t stored) {
  if (!m_enabled) return;
  auto now = std::chrono::steady_clock::now();
  if (now - m_last < k_redraw_every) return;
  m_last = now;
  double seconds = std::chrono::duration<double>(now - m_start).count();
  char line[160];
  int n = std::snprintf(line, sizeof line, "\rpith: %zu records, %.1f MB/s", totals.records_in,
                        megabytes(totals.bytes) / seconds);
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
  out += "pith: removed per stage:";  // lines of a text, blocks of a page
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

}  // namespace cli
