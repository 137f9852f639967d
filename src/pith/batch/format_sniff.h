// Which record format an input holds when none was forced: WARC, JSON Lines, or one document.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "pith/config.h"
#include "pith/input/byte_source.h"

namespace pith {

/// Decompressed bytes read from the start of an input to tell its format (the first JSON line
/// of a dump may hold a whole page; what does not fit is judged by how it starts).
inline constexpr std::size_t k_sniff_bytes = std::size_t{1} << 16;

/// What sniff_format decided, and the evidence, worded for a person.
struct SniffedFormat {
  /// jsonl, warc, or detect (one document, HTML or text as its bytes say).
  InputFormat format = InputFormat::detect;
  /// Why, e.g. "its first line is a JSON object"; also set when the name promised a record
  /// format the content does not have ("named .jsonl, but its first line is not JSON"). Empty
  /// for an ordinary document.
  std::string evidence;
};

/// Decides an input's format from `head` (its first decompressed bytes, at most
/// k_sniff_bytes; `whole` when that is all of it) and its file `name` ("-" for standard input).
/// The content decides: a "WARC/1.x" line opens a WARC file; a first line that parses as a JSON object
/// (or, too long to fit in `head`, opens one with `{"`) makes JSON Lines. The name (.warc,
/// .jsonl, .ndjson, before .gz or .zst) decides only when there is no content to judge.
SniffedFormat sniff_format(std::string_view head, bool whole, std::string_view name);

/// Reads what sniff_format needs from the start of `source` into `head`: up to k_sniff_bytes,
/// stopping early once the first non-blank line is complete (a slow pipe is not waited on for
/// more). `*whole` when the source ended. False with `err` on a read error (`head` keeps what
/// was read).
bool read_sniff_head(ByteSource& source, std::string* head, bool* whole, std::string* err);

/// sniff_format for the file at `path`, read through decompression; a file that cannot be
/// read is judged by its name alone (reading it later reports the error).
SniffedFormat sniff_file(const std::string& path);

}  // namespace pith
