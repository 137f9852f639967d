// The command line: every flag is one definition in define_options(); the list drives --help.
#pragma once

#include <CLI/CLI.hpp>

#include <string>
#include <string_view>
#include <vector>

#include "pith/batch/record_cleaner.h"
#include "pith/config.h"

namespace cli {

/// Flags as typed, before they are checked and turned into a pith::Config.
struct RawOptions {
  std::vector<std::string> inputs;
  std::string format;  ///< empty: text for documents, jsonl for JSON Lines and WARC inputs
  bool with_markdown = false;
  std::string input_format = "auto";
  bool explain = false;
  bool list_filters = false;
  std::vector<std::string> disable;
  std::vector<std::string> only;
  std::vector<std::string> rules;
  std::vector<std::string> keep;
  std::vector<std::string> drop;
  std::vector<std::string> languages;
  bool nfkc = false;
  bool ascii_punct = false;
  std::string max_bytes = "64M";
  std::string color = "auto";
  // batch runs
  bool recursive = false;
  std::vector<std::string> globs;
  std::string content_field = "text";
  std::string id_field = "id";
  std::string url_field = "url";
  std::string output_field = "text";  ///< --in-place makes it --field's member
  std::string content_format = "auto";
  std::string output_dir;
  unsigned jobs = 0;
  bool quiet = false;
  // output control
  std::string separator;  ///< --separator as typed (\f, \t, \n, \\ escapes); "" is an empty line
  std::vector<std::string> fields;
  bool no_removed = false;
  bool no_stats = false;
  bool in_place = false;
  std::size_t min_chars = 0;
  std::string report;

  /// The long names of the options given ("--format"), filled by note_given() after parsing.
  std::vector<std::string> given;
  bool was_given(std::string_view flag) const;
  // the boilerplate stage
  float boilerplate_threshold = pith::Config{}.boilerplate_threshold;
  std::string boilerplate_model;
  bool boilerplate_dump_features = false;
};

/// Registers every option of pith on `app`, bound to `raw`.
void define_options(CLI::App& app, RawOptions& raw);

/// After `app` parsed the command line: records in `raw.given` which options it held.
void note_given(const CLI::App& app, RawOptions& raw);

/// Checks `raw` and fills `config`; false with `err` for the user on a bad value.
bool to_config(const RawOptions& raw, pith::Config* config, std::string* err);

/// How records are written, from the flags: formats, JSON members, separators, --min-chars.
/// `several` says whether several documents share one output stream (headers, separators).
pith::RecordOutputOptions output_options(const RawOptions& raw, const pith::Config& config, bool color, bool several);

/// One warning for each flag given that conflicts with another or has no effect with the
/// others given ("--explain prints a listing; --format json is ignored"), each a line of text.
std::vector<std::string> flag_warnings(const RawOptions& raw);

/// The JSON Lines flags given, as a list for a message ("--field, --in-place"); "" when none.
std::string jsonl_flags_given(const RawOptions& raw);

/// Where the cleaned text went, for the summary of a run that read JSON Lines (`jsonl`) or
/// WARC (`warc`) records ("" when there is nothing to add).
std::string text_destination(const RawOptions& raw, const pith::Config& config, bool jsonl, bool warc);

/// `--separator` as typed, its escapes (\f \t \n \\) turned into bytes; false when a
/// backslash starts something else.
bool unescape_separator(std::string_view typed, std::string* bytes);

/// Parses a size such as "64M", "1G", "4096"; false when it is not one.
bool parse_size(const std::string& text, std::size_t* bytes);

}  // namespace cli
