// Space-Saving over line keys, with a min-heap to find the least counted entry.
#include "pith/sites/line_table.h"

#include <algorithm>
#include <utility>

namespace pith::sites {

namespace {

/// Keys longer than this keep no text for a template: a template's lines are short.
constexpr std::size_t k_max_template_text_bytes = 600;

bool is_template_kind(KeyKind kind) { return kind != KeyKind::line; }

}  // namespace

void LineTable::swap_places(std::size_t a, std::size_t b) {
  std::swap(m_heap[a], m_heap[b]);
  m_place[m_heap[a]] = static_cast<std::uint32_t>(a);
  m_place[m_heap[b]] = static_cast<std::uint32_t>(b);
}

void LineTable::sift_up(std::size_t place) {
  while (place > 0) {
    std::size_t parent = (place - 1) / 2;
    if (!less(place, parent)) return;
    swap_places(place, parent);
    place = parent;
  }
}

void LineTable::sift_down(std::size_t place) {
  for (;;) {
    std::size_t least = place, left = 2 * place + 1, right = left + 1;
    if (left < m_heap.size() && less(left, least)) least = left;
    if (right < m_heap.size() && less(right, least)) least = right;
    if (least == place) return;
    swap_places(place, least);
    place = least;
  }
}

void LineTable::narrow(Entry& entry, std::string_view line) const {
  const std::string& text = entry.text;
  std::size_t p = 0, limit = std::min<std::size_t>(entry.prefix, line.size());
  while (p < limit && text[p] == line[p]) ++p;
  // Back off to where both have a word boundary.
  auto prefix_ends = [&](std::size_t i) {
    return i == 0 || ((i == text.size() || text[i] == ' ') && (i == line.size() || line[i] == ' '));
  };
  while (!prefix_ends(p)) --p;
  std::size_t s = 0;
  limit = std::min<std::size_t>(entry.suffix, line.size());
  while (s < limit && text[text.size() - 1 - s] == line[line.size() - 1 - s]) ++s;
  auto suffix_starts = [&](std::size_t i) {
    return i == 0 || ((i == text.size() || text[text.size() - 1 - i] == ' ') &&
                      (i == line.size() || line[line.size() - 1 - i] == ' '));
  };
  while (!suffix_starts(s)) --s;
  entry.prefix = static_cast<std::uint32_t>(p);
  entry.suffix = static_cast<std::uint32_t>(s);
}

std::ptrdiff_t LineTable::add(const Sighting& sighting, bool may_grow, bool may_store_text) {
  std::ptrdiff_t delta = 0;
  auto found = m_index.find(sighting.hash);
  if (found != m_index.end()) {
    Entry& entry = m_entries[found->second];
    ++entry.count;
    entry.longest = std::max(entry.longest, sighting.words);
    if (!entry.text.empty()) {
      if (is_template_kind(entry.kind)) narrow(entry, sighting.line);
    } else if (entry.lower_bound() >= 2 && may_store_text &&
               (!is_template_kind(entry.kind) || sighting.line.size() <= k_max_template_text_bytes)) {
      entry.text.assign(sighting.line);
      entry.prefix = entry.suffix = static_cast<std::uint32_t>(entry.text.size());
      delta += static_cast<std::ptrdiff_t>(entry.text.capacity());
    }
    sift_down(m_place[found->second]);
    return delta;
  }
  Entry fresh;
  fresh.hash = sighting.hash;
  fresh.kind = sighting.kind;
  fresh.longest = sighting.words;
  if (m_entries.size() < m_capacity && may_grow) {
    fresh.count = 1;
    auto index = static_cast<std::uint32_t>(m_entries.size());
    m_entries.push_back(std::move(fresh));
    m_heap.push_back(index);
    m_place.push_back(static_cast<std::uint32_t>(m_heap.size() - 1));
    m_index.emplace(sighting.hash, index);
    sift_up(m_heap.size() - 1);
    return static_cast<std::ptrdiff_t>(k_entry_bytes);
  }
  if (m_heap.empty()) return 0;
  // Space-Saving: the least counted entry makes way, and the newcomer inherits its count as error.
  std::uint32_t index = m_heap[0];
  Entry& least = m_entries[index];
  m_index.erase(least.hash);
  if (!least.text.empty()) delta -= static_cast<std::ptrdiff_t>(least.text.capacity());
  fresh.error = least.count;
  fresh.count = least.count + 1;
  least = std::move(fresh);
  m_index.emplace(sighting.hash, index);
  sift_down(0);
  return delta;
}

}  // namespace pith::sites
