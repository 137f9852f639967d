// The document model every stage shares: a Document is an ordered list of Blocks.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace pith {

/// What a block is, as far as the parser could tell. Text input gives only paragraphs.
enum class BlockKind { paragraph, heading, list_item, quote, preformatted, table_row, caption };

std::string_view block_kind_name(BlockKind kind);

/// A stretch cut out of a kept block's text by a filter: an embedded post glued into an
/// article line, a credit tail. The block stays; the span goes, and is kept here so that
/// --explain and JSON `removed` can show it.
struct RemovedSpan {
  std::size_t offset = 0;  ///< byte offset in the block's text as it was when the span was cut
  std::size_t length = 0;  ///< bytes marked; `text` holds them once the span is cut
  std::string text;        ///< the removed bytes (empty until the pipeline cuts the span)
  std::string removed_by;  ///< the filter that marked it
  std::string reason;      ///< why, for --explain (may be empty)
  bool cut = false;        ///< false while marked, true once the pipeline has cut it from the text
};

/// A rewrite a normaliser made inside a kept block (a mojibake repair), kept so that --explain
/// can show the text before and after it.
struct TextRepair {
  std::string stage;   ///< the normaliser that made it
  std::string before;  ///< the bytes as they were
  std::string after;   ///< what they became
};

/// Where a block sits in the page's structure, for writers that show it (Markdown). All
/// zero for text input and for blocks whose element says nothing of it.
struct BlockStructure {
  int heading_level = 0;    ///< 1 to 6 for a heading from <h1> to <h6>
  int list_depth = 0;       ///< a list item: 1 in an outermost list, 2 in a list inside it, ...
  bool ordered = false;     ///< a list item of an <ol>
  bool header_row = false;  ///< a table row of header cells (<th> only, or inside <thead>)
  /// The list or table the block belongs to (an element number of the page); blocks of one
  /// list or table share it, and a change of value starts another. -1 when none.
  int group = -1;
};

/// One unit of text: a line of a text dump, or a paragraph-like element of a page.
struct Block {
  std::string text;  ///< UTF-8, may hold '\n' (a <br> or a <pre>)
  BlockKind kind = BlockKind::paragraph;
  /// 1-based line in the input where the block starts (0 when unknown).
  int line = 0;
  /// Name of the filter that removed the block; empty while the block is kept.
  /// Filters mark, they never erase: writers skip marked blocks.
  std::string removed_by;
  /// Why the filter removed it, for --explain (may be empty).
  std::string reason;
  /// Share of the block's characters that sit inside links (0 for text input).
  float link_density = 0.0f;
  /// Spans cut out of `text` while the block itself is kept, in the order they were marked.
  std::vector<RemovedSpan> removed_spans;
  /// Rewrites recorded by the normalisers that record theirs, in the order they were made.
  std::vector<TextRepair> repairs;
  /// Heading level, list nesting and table grouping; a table row's cells are separated by
  /// " | " in `text`.
  BlockStructure structure;
  /// A page block an HTML extraction stage dropped (navigation, sidebars, comments, ...), not a
  /// filter: --explain shows its text, JSON `removed` lists it without (see write_json_line).
  bool dropped_in_extraction = false;

  bool kept() const { return removed_by.empty(); }
};

/// What the page told us about the article; empty strings when unknown.
struct Metadata {
  std::string title;
  std::string author;
  std::string date;  ///< ISO 8601
  std::string site_name;
  std::string url;
  /// BCP 47 tag in one spelling: the text's primary language subtag ("en"), identified before
  /// the filters run, or the page's declared tag ("en-GB") when the text agrees or cannot tell
  /// (see identify_document_language()); empty when neither says.
  std::string language;
  std::string description;
  /// How sure the identification of `language` is, 0–1 (0.5 and above: reliable); empty when
  /// `language` came from the page's declaration or is unknown.
  std::optional<double> language_score;
  /// The language the page declared (<html lang>, og:locale, ...), in BCP 47 spelling; empty
  /// when it declared none.
  std::string declared_language;
  std::string hostname;  ///< host of `url`, lower case
  std::string image;     ///< absolute URL of the article's lead image
  std::vector<std::string> tags;        ///< keywords the page declares for the article
  std::vector<std::string> categories;  ///< sections the page files the article under
};

enum class InputKind { text, html };

struct Document {
  std::string source;  ///< file name, "-" for stdin, or a record id
  InputKind kind = InputKind::text;
  Metadata meta;
  std::vector<Block> blocks;
  std::size_t bytes_in = 0;  ///< size of the input as read, in bytes
  std::size_t chars_in = 0;  ///< code points of the decoded input
  /// The site the document belongs to, as cross-record stages (site-repeat) group documents:
  /// --site-field's value or the host of its URL (sites::site_name()); "" when unknown.
  std::string site;
};

/// Removals of `doc` (whole blocks and spans inside kept blocks), counted per filter, in the
/// order the filters first appear.
std::vector<std::pair<std::string, std::size_t>> removed_per_filter(const Document& doc);

/// Marks a block removed by `filter` unless an earlier stage removed it already.
inline void mark_removed(Block& block, std::string_view filter, std::string reason = {}) {
  if (!block.kept()) return;
  block.removed_by = filter;
  block.reason = std::move(reason);
}

/// The index of the first block of `doc` at or after `from` that no stage has removed;
/// doc.blocks.size() when there is none.
inline std::size_t next_kept(const Document& doc, std::size_t from) {
  while (from < doc.blocks.size() && !doc.blocks[from].kept()) ++from;
  return from;
}

/// How many blocks ahead a stage that walks a document's blocks in order asks for a block's
/// text with prefetch_text().
inline constexpr std::size_t k_prefetch_blocks = 4;

/// Asks the processor to start loading the first bytes of the text of block `index` of `doc`,
/// when there is one; a hint, with no effect on any result. Each text is an allocation of its
/// own, which the processor's own prefetching does not follow from block to block, and a
/// window of a long text is far larger than its caches: on the 55 MB text benchmark, asking
/// k_prefetch_blocks ahead in the walks of the filter stages took about 3% off the CPU time.
inline void prefetch_text(const Document& doc, std::size_t index) {
#if defined(__GNUC__)
  if (index < doc.blocks.size()) __builtin_prefetch(doc.blocks[index].text.data());
#else
  (void)doc;
  (void)index;
#endif
}

/// Marks bytes [begin, end) of a kept block's text for removal by `filter`. Nothing changes
/// in the text until cut_removed_spans() runs (the pipeline calls it after each filter), so a
/// filter may mark several spans against the text it judged. Spans that overlap one already
/// marked, are empty, or leave `text` are ignored.
void mark_span_removed(Block& block, std::size_t begin, std::size_t end, std::string_view filter,
                       std::string reason = {});

/// Cuts the marked, not yet cut spans out of `block.text`, keeping each one's bytes in its
/// RemovedSpan. Where a cut glues two words together ("below:If" → "below: If" after a span
/// between them), one space is put back; white space doubled by a cut is folded to one, and
/// white space left at either end of the text is trimmed.
void cut_removed_spans(Block& block);

}  // namespace pith
