// Names of block kinds, as they appear in JSON output and --explain; counts of removals;
// marking and cutting removed spans.
#include "pith/document.h"

#include <algorithm>

namespace pith {

std::string_view block_kind_name(BlockKind kind) {
  switch (kind) {
    case BlockKind::paragraph: return "paragraph";
    case BlockKind::heading: return "heading";
    case BlockKind::list_item: return "list_item";
    case BlockKind::quote: return "quote";
    case BlockKind::preformatted: return "preformatted";
    case BlockKind::table_row: return "table_row";
    case BlockKind::caption: return "caption";
  }
  return "paragraph";
}

std::vector<std::pair<std::string, std::size_t>> removed_per_filter(const Document& doc) {
  std::vector<std::pair<std::string, std::size_t>> counts;
  auto count = [&](const std::string& filter) {
    auto it = counts.begin();
    while (it != counts.end() && it->first != filter) ++it;
    if (it == counts.end()) counts.emplace_back(filter, 1);
    else ++it->second;
  };
  for (const Block& block : doc.blocks) {
    if (!block.kept()) count(block.removed_by);
    for (const RemovedSpan& span : block.removed_spans) count(span.removed_by);
  }
  return counts;
}

void mark_span_removed(Block& block, std::size_t begin, std::size_t end, std::string_view filter,
                       std::string reason) {
  if (!block.kept() || begin >= end || end > block.text.size()) return;
  for (const RemovedSpan& span : block.removed_spans)
    if (!span.cut && begin < span.offset + span.length && span.offset < end) return;
  RemovedSpan span;
  span.offset = begin;
  span.length = end - begin;
  span.removed_by = filter;
  span.reason = std::move(reason);
  block.removed_spans.push_back(std::move(span));
}

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

/// Punctuation that attaches to the word before it, so a cut before it needs no space.
bool closes_word(char c) {
  return c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == ')' || c == ']';
}

/// Punctuation that attaches to the word after it.
bool opens_word(char c) { return c == '(' || c == '['; }

}  // namespace

void cut_removed_spans(Block& block) {
  std::vector<RemovedSpan*> pending;
  for (RemovedSpan& span : block.removed_spans)
    if (!span.cut) pending.push_back(&span);
  if (pending.empty()) return;
  std::sort(pending.begin(), pending.end(),
            [](const RemovedSpan* a, const RemovedSpan* b) { return a->offset < b->offset; });
  const std::string& text = block.text;
  std::string out;
  out.reserve(text.size());
  std::size_t at = 0;
  for (RemovedSpan* span : pending) {
    out.append(text, at, span->offset - at);
    span->text.assign(text, span->offset, span->length);
    span->cut = true;
    at = span->offset + span->length;
    // Join what is left on both sides with exactly one space, or none before punctuation.
    while (!out.empty() && is_space(out.back()) && at < text.size() && is_space(text[at])) ++at;
    bool left_word = !out.empty() && !is_space(out.back()) && !opens_word(out.back());
    bool right_word = at < text.size() && !is_space(text[at]) && !closes_word(text[at]);
    if (left_word && right_word) out.push_back(' ');
  }
  out.append(text, at, std::string::npos);
  std::size_t first = 0;
  while (first < out.size() && is_space(out[first])) ++first;
  std::size_t last = out.size();
  while (last > first && is_space(out[last - 1])) --last;
  block.text = out.substr(first, last - first);
}

}  // namespace pith
