// Writers: a cleaned Document as text, JSON, or an --explain listing. They never read input.
#pragma once

#include <span>
#include <string>
#include <string_view>

#include "pith/document.h"

namespace pith {

/// The kept blocks, one per line, newline-terminated (nothing at all when none is kept).
void write_text(const Document& doc, std::string& out);

/// write_text() of one block: its line (or a preformatted block's lines) when it is kept and
/// not empty, else nothing. For a writer that hands out a large document a piece at a time.
void write_text_block(const Block& block, std::string& out);

/// The kept blocks' text joined by '\n', without a final newline (JSON's `text`).
std::string kept_text(const Document& doc);

/// The kept blocks as Markdown (CommonMark, with GitHub's pipe tables), newline-terminated:
/// headings as "#" to "######" by level, list items as "- " or "1. " (nested lists indented),
/// quotes as "> ", table rows as a pipe table whose first row is the header, preformatted
/// text fenced, other blocks as paragraphs; a blank line between blocks. Marks at the start of
/// a paragraph's line that Markdown would read ("# ", "- ", "1. ", "> ") are escaped.
void write_markdown(const Document& doc, std::string& out);

/// write_markdown() without the final newline (JSON's `markdown`).
std::string kept_markdown(const Document& doc);

/// Members JSON output adds when asked.
struct JsonExtras {
  bool markdown = false;  ///< "markdown": the kept text as Markdown, after `text`
};

/// The members of the document's JSON object, without braces, so a caller can put
/// pass-through fields beside them: "source", "title", metadata, `text_field`, "removed", "stats".
void append_json_members(const Document& doc, std::string& out, std::string_view text_field = "text");

/// As above, leaving out the members named in `omit`: those a batch record already has and
/// passes through, and those the user left out (`text_field` is the text's name here) — and
/// adding `extras`.
void append_json_members(const Document& doc, std::string& out, std::string_view text_field,
                         std::span<const std::string> omit, JsonExtras extras = {});

/// pith's members of a JSON object, in the order they are written ("text" standing for the
/// text's member, whatever its name; "markdown" only with JsonExtras::markdown): what --fields
/// may choose from.
std::span<const std::string_view> json_member_names();

/// One compact JSON object and a newline (a line of JSON Lines), without the members in `omit`.
void write_json_line(const Document& doc, std::string& out, std::span<const std::string> omit = {},
                     JsonExtras extras = {});

/// One JSON object, indented for people, and a newline, without the members in `omit`.
void write_json_pretty(const Document& doc, std::string& out, std::span<const std::string> omit = {},
                       JsonExtras extras = {});

/// Every block in input order, removed ones marked with the filter and reason;
/// ANSI colour when `color`.
void write_explain(const Document& doc, bool color, std::string& out);

}  // namespace pith
