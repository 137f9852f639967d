// The command line: every flag is one definition in define_options(); the list drives --help.
#pragma once

#include <CLI/CLI.hpp>

#include <string>
#include <string_view>
#include <vector>

#include "pith/batch/record_cleaner.h"
#include "pith/config.h"
#include "pith/config_options.h"

namespace cli {

/// Flags as typed, before they are checked: the options the library checks into a pith::Config
/// (pith::ConfigOptions), and those only the command line has.
struct RawOptions : pith::ConfigOptions {
  std::vector<std::string> inputs;
  bool explain = false;
  bool list_filters = false;
  std::string color = "auto";
  // batch runs
  bool recursive = false;
  std::vector<std::string> globs;
  std::string output_dir;
  bool quiet = false;
  std::string learn_sites;  ///< --learn-sites: where to write a learned profile (CLI only)
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
};

/// Registers every option of pith on `app`, bound to `raw`.
void define_options(CLI::App& app, RawOptions& raw);

/// After `app` parsed the command line: records in `raw.given` which options it held.
void note_given(const CLI::App& app, RawOptions& raw);

/// Whether anything the run writes shows why a block was removed: --explain, --report, or
/// JSON output with its `removed` member. With the format left open a batch input writes JSON
/// Lines, so the answer is yes.
bool shows_removal_reasons(const RawOptions& raw);

/// Checks `raw` and fills `config`; false with `err` for the user, naming the flag, on a bad value.
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

}  // namespace cli
