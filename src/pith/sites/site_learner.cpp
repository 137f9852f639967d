// Learning site profiles: keys of a record's lines, counted per site, read out against thresholds.
#include "pith/sites/site_learner.h"

#include <algorithm>
#include <cmath>
#include <functional>

#include "pith/base/ascii.h"
#include "pith/sites/line_key.h"

namespace pith::sites {

namespace {

/// A site's name and map node, for the memory budget.
constexpr std::size_t k_site_bytes = 128;

std::uint64_t key_hash(KeyKind kind, std::string_view words) {
  std::uint64_t hash = std::hash<std::string_view>{}(words);
  return hash ^ (0x9E3779B97F4A7C15ULL * (static_cast<std::uint64_t>(kind) + 1));
}

/// Adds the template keys of line key `key` (starting at `offset` in the record's keys, its words
/// split at `spaces`) to `out`.
void add_template_keys(std::string_view key, std::uint32_t offset, const std::vector<std::uint32_t>& spaces,
                       RecordLines* out) {
  auto words = static_cast<std::uint32_t>(spaces.size() + 1);
  auto size = static_cast<std::uint32_t>(key.size());
  auto push = [&](KeyKind kind, std::string_view part) {
    out->items.push_back({key_hash(kind, part), kind, offset, size, words});
  };
  if (words >= 4) {
    push(KeyKind::opening, key.substr(0, spaces[2]));
    push(KeyKind::ending, key.substr(spaces[spaces.size() - 3] + 1));
  }
  // "Posted by {…} in politics": two fixed words at each end, where three would take in the middle.
  if (words >= 5) {
    thread_local std::string part;
    part.assign(key.substr(0, spaces[1]));
    part.push_back('\n');
    part.append(key.substr(spaces[spaces.size() - 2] + 1));
    push(KeyKind::ends, part);
  }
  // "Headline: …", "Filed under: …": a label among the first three words, and words after it.
  for (std::size_t word = 0; word < 3 && word + 1 < words; ++word)
    if (key[spaces[word] - 1] == ':') {
      push(KeyKind::label, key.substr(0, spaces[word]));
      break;
    }
}

/// The offsets of the spaces of `key` into `out`, stopping after `most`; eight bytes at a time.
void find_spaces(std::string_view key, std::size_t most, std::vector<std::uint32_t>& out) {
  out.clear();
  std::size_t at = 0;
  for (; at + 8 <= key.size() && out.size() < most; at += 8)
    for (std::uint64_t mask = ascii::bytes_equal(ascii::load8(key.data() + at), ' '); mask != 0 && out.size() < most;
         mask &= mask - 1)
      out.push_back(static_cast<std::uint32_t>(at + ascii::first_marked(mask)));
  for (; at < key.size() && out.size() < most; ++at)
    if (key[at] == ' ') out.push_back(static_cast<std::uint32_t>(at));
}

}  // namespace

void record_lines(const Document& doc, RecordLines* out) {
  out->site = doc.site;
  out->keys.clear();
  out->items.clear();
  if (doc.site.empty()) return;
  std::size_t bytes = 0;
  for (const Block& block : doc.blocks) bytes += block.text.size();
  out->keys.reserve(bytes);
  out->items.reserve(doc.blocks.size() * 4);  // a line and its template keys
  thread_local std::string key;
  thread_local std::vector<std::uint32_t> spaces;  // where each word of a key ends
  for (const Block& block : doc.blocks) {
    if (!block.kept()) continue;
    line_key_into(block.text, key);
    if (key.empty() || key.size() > k_max_key_bytes) continue;
    // Word ends, as far as a template's line may go: a longer line counts as a whole line only
    // (whose word count nothing reads).
    find_spaces(key, k_max_template_line_words, spaces);
    auto offset = static_cast<std::uint32_t>(out->keys.size());
    auto words = static_cast<std::uint32_t>(spaces.size() + 1);
    out->keys += key;
    out->items.push_back({key_hash(KeyKind::line, key), KeyKind::line, offset, static_cast<std::uint32_t>(key.size()), words});
    if (words <= k_max_template_line_words) add_template_keys(key, offset, spaces, out);
  }
  // A record counts once per key, however often it repeats a line (the first one is kept).
  std::sort(out->items.begin(), out->items.end(), [](const RecordLines::Item& a, const RecordLines::Item& b) {
    return a.hash != b.hash ? a.hash < b.hash : a.offset < b.offset;
  });
  out->items.erase(std::unique(out->items.begin(), out->items.end(),
                               [](const RecordLines::Item& a, const RecordLines::Item& b) { return a.hash == b.hash; }),
                   out->items.end());
}

void SiteLearner::add(const RecordLines& record) {
  ++m_stats.records;
  if (record.site.empty()) {
    ++m_stats.records_without_site;
    return;
  }
  auto it = m_sites.find(record.site);
  if (it == m_sites.end()) {
    if (m_stats.bytes >= m_limits.max_bytes) {
      ++m_stats.records_not_learned;
      return;
    }
    it = m_sites.emplace(record.site, Site{0, std::make_unique<LineTable>(m_limits.keys_per_site)}).first;
    m_stats.bytes += k_site_bytes + record.site.size();
    ++m_stats.sites;
  }
  ++it->second.records;
  // The doorkeeper's slots are scattered over memory: ask for all of them before the first.
  for (const RecordLines::Item& item : record.items) it->second.table->prefetch(item.hash);
  for (const RecordLines::Item& item : record.items) {
    bool room = m_stats.bytes < m_limits.max_bytes;
    Sighting sighting{item.hash, item.kind, std::string_view(record.keys).substr(item.offset, item.size), item.words};
    std::ptrdiff_t delta = it->second.table->add(sighting, room, room);
    m_stats.bytes = static_cast<std::size_t>(static_cast<std::ptrdiff_t>(m_stats.bytes) + delta);
  }
}

SiteProfile SiteLearner::profile(std::size_t min_records, double min_share) const {
  SiteProfile profile;
  for (const auto& [name, site] : m_sites) {
    auto threshold = std::max<std::size_t>(
        min_records, static_cast<std::size_t>(std::ceil(min_share * static_cast<double>(site.records))));
    std::map<LineTemplate, std::size_t> templates;  // one template can come from several key kinds
    bool learned = false;
    for (const LineTable::Entry& entry : site.table->entries()) {
      if (entry.text.empty() || entry.lower_bound() < threshold) continue;
      if (entry.kind == KeyKind::line) {
        profile.add_line(name, entry.text, entry.lower_bound());
        learned = true;
        continue;
      }
      // A template has a middle in the line it was stored from; else every line was the same.
      std::string_view text = entry.text;
      std::size_t middle_begin = entry.prefix == 0 ? 0 : entry.prefix + 1;
      std::size_t middle_end = entry.suffix == 0 ? text.size() : text.size() - entry.suffix - 1;
      if (entry.prefix >= text.size() || entry.suffix >= text.size() || middle_begin >= middle_end) continue;
      LineTemplate parts{std::string(text.substr(0, entry.prefix)), std::string(text.substr(text.size() - entry.suffix))};
      if (!is_specific(parts, entry.longest)) continue;
      std::size_t& count = templates[parts];
      count = std::max<std::size_t>(count, entry.lower_bound());
    }
    for (const auto& [parts, count] : templates) profile.add_template(name, parts, count);
    if (learned || !templates.empty()) profile.add_records(name, site.records);
  }
  return profile;
}

}  // namespace pith::sites
