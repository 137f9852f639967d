// Space-Saving over line keys: a Stream-Summary of count buckets finds the least counted entry,
// and an open-addressing index finds an entry by its key's hash.
#include "pith/sites/line_table.h"

#include <algorithm>
#include <bit>
#include <utility>

namespace pith::sites {

namespace {

/// Keys longer than this keep no text for a template: a template's lines are short.
constexpr std::size_t k_max_template_text_bytes = 600;

bool is_template_kind(KeyKind kind) { return kind != KeyKind::line; }

}  // namespace

// --- the index

std::uint32_t* LineTable::find_slot(std::uint64_t hash) {
  if (m_slots.empty()) return nullptr;
  std::size_t mask = m_slots.size() - 1;
  for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
    if (m_slots[i] == 0) return nullptr;
    if (m_entries[m_slots[i] - 1].hash == hash) return &m_slots[i];
  }
}

void LineTable::index_insert(std::uint32_t entry) {
  if ((m_entries.size() + 1) * 2 > m_slots.size()) grow_index();
  std::size_t mask = m_slots.size() - 1;
  std::size_t i = m_entries[entry].hash & mask;
  while (m_slots[i] != 0) i = (i + 1) & mask;
  m_slots[i] = entry + 1;
}

void LineTable::grow_index() {
  std::vector<std::uint32_t> old = std::move(m_slots);
  m_slots.assign(std::max<std::size_t>(64, old.size() * 2), 0);
  std::size_t mask = m_slots.size() - 1;
  for (std::uint32_t slot : old) {
    if (slot == 0) continue;
    std::size_t i = m_entries[slot - 1].hash & mask;
    while (m_slots[i] != 0) i = (i + 1) & mask;
    m_slots[i] = slot;
  }
}

void LineTable::index_erase(std::uint64_t hash) {
  std::uint32_t* slot = find_slot(hash);
  if (!slot) return;
  // Backward-shift deletion: later slots of the probe run move up, so no tombstones pile up.
  std::size_t mask = m_slots.size() - 1;
  std::size_t hole = static_cast<std::size_t>(slot - m_slots.data());
  for (std::size_t j = (hole + 1) & mask; m_slots[j] != 0; j = (j + 1) & mask) {
    std::size_t home = m_entries[m_slots[j] - 1].hash & mask;
    // Move slot j into the hole unless its home lies cyclically in (hole, j].
    bool stays = hole <= j ? (hole < home && home <= j) : (hole < home || home <= j);
    if (stays) continue;
    m_slots[hole] = m_slots[j];
    hole = j;
  }
  m_slots[hole] = 0;
}

// --- the Stream-Summary

std::uint32_t LineTable::new_bucket(std::uint32_t count, std::uint32_t after) {
  std::uint32_t index;
  if (!m_free_buckets.empty()) {
    index = m_free_buckets.back();
    m_free_buckets.pop_back();
  } else {
    index = static_cast<std::uint32_t>(m_buckets.size());
    m_buckets.emplace_back();
  }
  Bucket& bucket = m_buckets[index];
  bucket = Bucket{count, k_none, after, after == k_none ? m_least : m_buckets[after].next};
  if (after == k_none) m_least = index;
  else m_buckets[after].next = index;
  if (bucket.next != k_none) m_buckets[bucket.next].prev = index;
  return index;
}

void LineTable::link(std::uint32_t entry, std::uint32_t bucket) {
  Links& links = m_links[entry];
  links.bucket = bucket;
  links.prev = k_none;
  links.next = m_buckets[bucket].first;
  if (links.next != k_none) m_links[links.next].prev = entry;
  m_buckets[bucket].first = entry;
}

void LineTable::unlink(std::uint32_t entry) {
  Links& links = m_links[entry];
  if (links.prev != k_none) m_links[links.prev].next = links.next;
  else m_buckets[links.bucket].first = links.next;
  if (links.next != k_none) m_links[links.next].prev = links.prev;
  if (m_buckets[links.bucket].first != k_none) return;
  // The bucket is empty: out of the list of buckets, onto the free list.
  Bucket& bucket = m_buckets[links.bucket];
  if (bucket.prev != k_none) m_buckets[bucket.prev].next = bucket.next;
  else m_least = bucket.next;
  if (bucket.next != k_none) m_buckets[bucket.next].prev = bucket.prev;
  m_free_buckets.push_back(links.bucket);
}

void LineTable::bump(std::uint32_t entry) {
  std::uint32_t from = m_links[entry].bucket;
  std::uint32_t count = ++m_entries[entry].count;
  std::uint32_t next = m_buckets[from].next;
  std::uint32_t to = next != k_none && m_buckets[next].count == count ? next : new_bucket(count, from);
  unlink(entry);  // may free `from`, never `to`
  link(entry, to);
}

// --- the doorkeeper

std::size_t LineTable::doorkeeper_home(std::uint32_t fingerprint) const {
  // Fibonacci hashing of the fingerprint itself, so a grown doorkeeper can place what it held.
  auto bits = static_cast<unsigned>(std::countr_zero(m_seen.size()));
  return static_cast<std::size_t>((fingerprint * 0x9E3779B1u) >> (32 - bits));
}

bool LineTable::seen_before(std::uint64_t hash, bool may_grow, std::ptrdiff_t* delta) {
  if ((m_seen_count + 1) * 2 > m_seen.size()) {
    std::size_t size = std::max<std::size_t>(256, m_seen.size() * 2);
    if (!may_grow || size > k_max_doorkeeper_slots) size = m_seen.size();
    std::vector<std::uint32_t> old = std::move(m_seen);
    m_seen.assign(size, 0);
    m_seen_count = 0;
    *delta += static_cast<std::ptrdiff_t>((m_seen.size() - old.size()) * sizeof(std::uint32_t));
    if (m_seen.empty()) return false;
    // Grown: keep what it held. At its largest: start again.
    if (m_seen.size() > old.size())
      for (std::uint32_t kept : old)
        if (kept != 0) seen_before(std::uint64_t{kept} << 32, false, delta);
  }
  // A 32-bit fingerprint (never 0, which marks an empty slot): two keys of one site share one
  // with a chance of one in four billion, the only way a first sighting counts as a second.
  auto fingerprint = static_cast<std::uint32_t>(hash >> 32);
  if (fingerprint == 0) fingerprint = 1;
  std::size_t mask = m_seen.size() - 1;
  std::size_t i = doorkeeper_home(fingerprint);
  for (; m_seen[i] != 0; i = (i + 1) & mask)
    if (m_seen[i] == fingerprint) return true;
  m_seen[i] = fingerprint;
  ++m_seen_count;
  return false;
}

// --- counting

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
  if (std::uint32_t* slot = find_slot(sighting.hash)) {
    std::uint32_t index = *slot - 1;
    Entry& entry = m_entries[index];
    bump(index);
    entry.longest = std::max(entry.longest, sighting.words);
    if (!entry.text.empty()) {
      if (is_template_kind(entry.kind)) narrow(entry, sighting.line);
    } else if (entry.lower_bound() >= 2 && may_store_text &&
               (!is_template_kind(entry.kind) || sighting.line.size() <= k_max_template_text_bytes)) {
      entry.text.assign(sighting.line);
      entry.prefix = entry.suffix = static_cast<std::uint32_t>(entry.text.size());
      delta += static_cast<std::ptrdiff_t>(entry.text.capacity());
    }
    return delta;
  }
  // A first sighting only goes past the doorkeeper; a second enters with both counted.
  if (!seen_before(sighting.hash, may_grow, &delta)) return delta;
  Entry fresh;
  fresh.hash = sighting.hash;
  fresh.kind = sighting.kind;
  fresh.longest = sighting.words;
  fresh.text.assign(sighting.line);
  if (may_store_text && (!is_template_kind(fresh.kind) || fresh.text.size() <= k_max_template_text_bytes)) {
    fresh.prefix = fresh.suffix = static_cast<std::uint32_t>(fresh.text.size());
    delta += static_cast<std::ptrdiff_t>(fresh.text.capacity());
  } else {
    fresh.text.clear();
    fresh.text.shrink_to_fit();
  }
  if (m_entries.size() < m_capacity && may_grow) {
    fresh.count = 2;
    auto index = static_cast<std::uint32_t>(m_entries.size());
    m_entries.push_back(std::move(fresh));
    m_links.emplace_back();
    index_insert(index);
    // Every entry counts 2 or more: its bucket is the least one, or a new one in front of it.
    bool twos = m_least != k_none && m_buckets[m_least].count == 2;
    link(index, twos ? m_least : new_bucket(2, k_none));
    return delta + static_cast<std::ptrdiff_t>(k_entry_bytes);
  }
  if (m_least == k_none) {
    if (!fresh.text.empty()) delta -= static_cast<std::ptrdiff_t>(fresh.text.capacity());
    return delta;
  }
  // Space-Saving: the least counted entry makes way, and the newcomer inherits its count as error.
  std::uint32_t index = m_buckets[m_least].first;
  Entry& least = m_entries[index];
  index_erase(least.hash);
  if (!least.text.empty()) delta -= static_cast<std::ptrdiff_t>(least.text.capacity());
  fresh.error = fresh.count = least.count;
  least = std::move(fresh);
  index_insert(index);
  bump(index);
  bump(index);
  return delta;
}

}  // namespace pith::sites
