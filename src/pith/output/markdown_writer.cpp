// Markdown output: the kept blocks with their structure — headings, lists, quotes, tables,
// code — in CommonMark with GitHub's pipe tables.
#include <algorithm>
#include <map>
#include <string_view>
#include <vector>

#include "pith/output/writers.h"

namespace pith {

namespace {

/// Spaces a nested list is indented by per level: enough for the content of "- " and "1. "
/// items, under the four that would start a code block.
constexpr std::size_t k_list_indent = 4;

bool is_digit(char c) { return c >= '0' && c <= '9'; }

/// `line` with a backslash before a mark that would make Markdown of plain text: a heading's
/// "#", a quote's ">", a list's "- " or "1. ", a fence, a rule, a setext underline, a table's
/// "|" or an HTML block's "<".
std::string escape_line_start(std::string_view line) {
  std::size_t indent = 0;
  while (indent < line.size() && line[indent] == ' ') ++indent;
  std::string_view rest = line.substr(indent);
  std::string out(line.substr(0, std::min<std::size_t>(indent, 3)));  // four spaces would be code
  if (rest.empty()) return out;
  char c = rest[0];
  bool mark = c == '#' || c == '>' || c == '<' || c == '=' || c == '|' || rest.starts_with("```") || rest.starts_with("~~~") ||
              ((c == '-' || c == '+' || c == '*' || c == '_') && (rest.size() == 1 || rest[1] == ' ' || rest[1] == c));
  if (!mark && is_digit(c)) {
    std::size_t digits = 0;
    while (digits < rest.size() && is_digit(rest[digits])) ++digits;
    if (digits < rest.size() && (rest[digits] == '.' || rest[digits] == ')') &&
        (digits + 1 == rest.size() || rest[digits + 1] == ' ')) {
      out.append(rest.substr(0, digits));
      out.push_back('\\');
      out.append(rest.substr(digits));
      return out;
    }
  }
  if (mark) out.push_back('\\');
  out.append(rest);
  return out;
}

/// Each line of `text` escaped, the lines after the first prefixed with `indent`.
std::string escape_lines(std::string_view text, std::string_view indent) {
  std::string out;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    if (start > 0) {
      out.push_back('\n');
      out.append(indent);
    }
    out += escape_line_start(text.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

/// `text` on one line: a heading or a table cell cannot hold a line break.
std::string one_line(std::string_view text) {
  std::string out(text);
  std::replace(out.begin(), out.end(), '\n', ' ');
  return out;
}

std::vector<std::string> cells_of(std::string_view row) {
  std::vector<std::string> cells;
  std::size_t start = 0;
  while (start <= row.size()) {
    std::size_t end = row.find(" | ", start);
    if (end == std::string_view::npos) end = row.size();
    std::string_view cell = row.substr(start, end - start);
    while (!cell.empty() && (cell.front() == ' ' || cell.front() == '|')) cell.remove_prefix(1);
    while (!cell.empty() && (cell.back() == ' ' || cell.back() == '|')) cell.remove_suffix(1);
    std::string text;
    for (char c : one_line(cell)) {
      if (c == '|') text.push_back('\\');
      text.push_back(c);
    }
    cells.push_back(std::move(text));
    start = end + 3;
  }
  return cells;
}

void append_row(const std::vector<std::string>& cells, std::size_t columns, std::string& out) {
  out += "|";
  for (std::size_t i = 0; i < columns; ++i) {
    out += ' ';
    if (i < cells.size()) out += cells[i];
    out += " |";
  }
  out.push_back('\n');
}

/// A table of `rows` (consecutive kept rows of one table): a pipe table whose header is the
/// first row, as GitHub's tables need one.
void append_table(const std::vector<const Block*>& rows, std::string& out) {
  std::vector<std::vector<std::string>> cells;
  std::size_t columns = 0;
  for (const Block* row : rows) {
    cells.push_back(cells_of(row->text));
    columns = std::max(columns, cells.back().size());
  }
  append_row(cells[0], columns, out);
  out += "|";
  for (std::size_t i = 0; i < columns; ++i) out += " --- |";
  out.push_back('\n');
  for (std::size_t r = 1; r < cells.size(); ++r) append_row(cells[r], columns, out);
}

/// A fence longer than any run of backticks in `text`.
std::string fence_for(std::string_view text) {
  std::size_t longest = 0, run = 0;
  for (char c : text) {
    run = c == '`' ? run + 1 : 0;
    longest = std::max(longest, run);
  }
  return std::string(std::max<std::size_t>(3, longest + 1), '`');
}

bool same_list(const Block& a, const Block& b) {
  return a.kind == BlockKind::list_item && b.kind == BlockKind::list_item && a.structure.group >= 0 &&
         b.structure.group >= 0;
}

class MarkdownBuilder {
 public:
  explicit MarkdownBuilder(std::string& out) : m_out(out) {}

  void write(const Document& doc) {
    std::vector<const Block*> kept;
    for (const Block& block : doc.blocks)
      if (block.kept() && !block.text.empty()) kept.push_back(&block);
    for (std::size_t i = 0; i < kept.size(); ++i) {
      const Block& block = *kept[i];
      const Block* previous = i > 0 ? kept[i - 1] : nullptr;
      if (block.kind == BlockKind::table_row) {
        std::vector<const Block*> rows{&block};
        while (i + 1 < kept.size() && kept[i + 1]->kind == BlockKind::table_row &&
               kept[i + 1]->structure.group == block.structure.group)
          rows.push_back(kept[++i]);
        separate(false);
        append_table(rows, m_out);
        continue;
      }
      bool tight = previous && ((same_list(*previous, block)) ||
                                (previous->kind == BlockKind::quote && block.kind == BlockKind::quote));
      separate(tight);
      write_block(block, previous);
    }
  }

 private:
  /// Ends the previous block: a blank line between blocks, a single line break inside a list.
  void separate(bool tight) {
    if (m_out.size() == m_start) return;
    if (m_out.back() != '\n') m_out.push_back('\n');
    if (!tight) m_out.push_back('\n');
  }

  void write_block(const Block& block, const Block* previous) {
    switch (block.kind) {
      case BlockKind::heading: {
        int level = std::clamp(block.structure.heading_level == 0 ? 2 : block.structure.heading_level, 1, 6);
        m_out.append(static_cast<std::size_t>(level), '#');
        m_out += ' ';
        m_out += one_line(block.text);
        break;
      }
      case BlockKind::list_item: write_list_item(block); break;
      case BlockKind::quote:
        if (previous && previous->kind == BlockKind::quote) m_out += ">\n";
        m_out += "> ";
        m_out += escape_lines(block.text, "> ");
        break;
      case BlockKind::preformatted: {
        std::string fence = fence_for(block.text);
        m_out += fence;
        m_out += '\n';
        m_out += block.text;
        m_out += '\n';
        m_out += fence;
        break;
      }
      default: m_out += escape_lines(block.text, ""); break;
    }
  }

  void write_list_item(const Block& block) {
    const BlockStructure& s = block.structure;
    std::size_t depth = static_cast<std::size_t>(std::max(s.list_depth, 1));
    std::string indent((depth - 1) * k_list_indent, ' ');
    std::string marker = "- ";
    if (s.ordered) marker = std::to_string(++m_numbers[s.group]) + ". ";
    m_out += indent;
    m_out += marker;
    m_out += escape_lines(block.text, indent + std::string(marker.size(), ' '));
  }

  std::string& m_out;
  std::size_t m_start = m_out.size();
  /// The last number given in each ordered list.
  std::map<int, int> m_numbers;
};

}  // namespace

void write_markdown(const Document& doc, std::string& out) {
  std::size_t start = out.size();
  MarkdownBuilder(out).write(doc);
  if (out.size() > start && out.back() != '\n') out.push_back('\n');
}

std::string kept_markdown(const Document& doc) {
  std::string markdown;
  write_markdown(doc, markdown);
  if (!markdown.empty()) markdown.pop_back();
  return markdown;
}

}  // namespace pith
