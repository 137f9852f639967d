// WindowCopies: the headline and the kept paragraphs of earlier windows, for the duplicate stage.
#include "pith/text/window_copies.h"

#include <algorithm>
#include <functional>
#include <unordered_set>
#include <vector>

#include "pith/base/line_shape.h"

namespace pith {

namespace {

/// The duplicate stage's bar for a paragraph (filters/duplicate.cpp): 15 words, counted by
/// spaces, which take 29 bytes at least. Below it a line is never judged a copy.
constexpr std::size_t k_paragraph_words = 15;
constexpr std::size_t k_paragraph_bytes = 2 * k_paragraph_words - 1;

bool is_paragraph(std::string_view text) {
  text = shape::trim(text);
  return text.size() >= k_paragraph_bytes && shape::holds_at_least(text, ' ', k_paragraph_words - 1);
}

/// A block of 15 words that no line of a text equals (its words are control characters), put
/// at a window's top when article text stood above the window: the stage reads "article text
/// above" from a kept paragraph it has passed.
Block body_marker() {
  Block block;
  for (std::size_t i = 0; i < k_paragraph_words; ++i) block.text += i ? " \x01\x02" : "\x01\x02";
  return block;
}

}  // namespace

std::pair<std::uint64_t, std::uint64_t> WindowCopies::hash_of(std::string_view text) {
  text = shape::trim(text);
  return {std::hash<std::string_view>{}(text), text.size()};
}

std::size_t WindowCopies::prepare(Document& doc, std::size_t core_begin, std::size_t core_end) {
  // Whether article text stands above the next window: a kept paragraph here, below the headline.
  m_body_seen_next = m_body_seen;
  std::size_t headline_index = core_end;
  if (!m_headline_known)
    for (std::size_t i = 0; i < doc.blocks.size(); ++i)
      if (doc.blocks[i].kept()) {
        headline_index = i;
        break;
      }
  for (std::size_t i = core_begin; i < core_end && !m_body_seen_next; ++i)
    m_body_seen_next = i != headline_index && doc.blocks[i].kept() && is_paragraph(doc.blocks[i].text);
  // Each kept paragraph, hashed once for both calls. The stage judges no shorter line a copy,
  // and an original of one at the top would change nothing: it neither opens the document
  // (the headline does) nor stands for article text above.
  m_window_hashes.assign(core_end - core_begin, {0, 0});
  for (std::size_t i = core_begin; i < core_end; ++i) {
    const Block& block = doc.blocks[i];
    if (block.kept() && block.text.size() >= k_paragraph_bytes && is_paragraph(block.text))
      m_window_hashes[i - core_begin] = hash_of(block.text);
  }
  if (!m_headline_known) return 0;  // the first window: the stage finds the headline itself

  std::vector<Block>& top = m_top;
  top.clear();
  if (m_has_headline) top.push_back(m_headline);
  if (m_body_seen) top.push_back(body_marker());
  std::unordered_set<std::pair<std::uint64_t, std::uint64_t>, Hash>& taken = m_taken;
  taken.clear();
  for (std::size_t i = core_begin; i < core_end; ++i) {
    const Block& block = doc.blocks[i];
    auto h = m_window_hashes[i - core_begin];
    if (h.second == 0) continue;
    auto it = m_paragraphs.find(h);
    // The headline at the top stands for its own copies.
    if (it == m_paragraphs.end() || (m_has_headline && it->second == m_headline.line) || !taken.insert(h).second)
      continue;
    Block original;
    original.text = block.text;  // equal texts hash alike: this is the earlier paragraph's text
    original.line = it->second;
    top.push_back(std::move(original));
  }
  // Room for the blocks put at the top and an eighth more: insert() alone would double the
  // window's storage when it is full, and the memory a stream touches costs it time. The
  // storage is reused window after window, so it is seldom grown again.
  if (doc.blocks.capacity() < doc.blocks.size() + top.size())
    doc.blocks.reserve(doc.blocks.size() + top.size() + doc.blocks.size() / 8);
  doc.blocks.insert(doc.blocks.begin(), std::make_move_iterator(top.begin()), std::make_move_iterator(top.end()));
  std::size_t inserted = top.size();
  top.clear();
  return inserted;
}

void WindowCopies::record(Document& doc, std::size_t inserted, std::size_t core_begin, std::size_t core_end,
                          bool take_out) {
  if (take_out) doc.blocks.erase(doc.blocks.begin(), doc.blocks.begin() + static_cast<std::ptrdiff_t>(inserted));
  // Where the window's blocks now start: the blocks put at the top stay there unless taken out.
  const std::size_t shift = take_out ? 0 : inserted;
  if (!m_headline_known) {
    // The stage never removes the first kept line: it is the headline it judged by.
    auto first = std::find_if(doc.blocks.begin(), doc.blocks.end(), [](const Block& b) { return b.kept(); });
    if (first != doc.blocks.end()) {
      m_headline_known = m_has_headline = true;
      m_headline.text = first->text;
      m_headline.line = first->line;
    }
  }
  m_body_seen = m_body_seen_next;
  for (std::size_t i = core_begin; i < core_end; ++i) {
    const Block& block = doc.blocks[i + shift];
    auto h = m_window_hashes[i - core_begin];
    if (block.kept() && h.second != 0) m_paragraphs.emplace(h, block.line);
  }
}

}  // namespace pith
