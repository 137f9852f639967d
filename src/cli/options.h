// The command line: every flag is one definition in define_options(); the list drives --help.
#pragma once

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

#include "pith/config.h"

namespace cli {

/// Flags as typed, before they are checked and turned into a pith::Config.
struct RawOptions {
  std::vector<std::string> inputs;
  std::string format;  ///< empty: text for documents, jsonl for JSON Lines and WARC inputs
  std::string input_format = "auto";
  bool explain = false;
  bool list_filters = false;
  std::vector<std::string> disable;
  std::vector<std::string> only;
  std::vector<std::string> rules;
  std::vector<std::string> keep;
  std::vector<std::string> drop;
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
  std::string output_field = "text";
  std::string content_format = "auto";
  std::string output_dir;
  unsigned jobs = 0;
  bool quiet = false;
  // site boilerplate
  std::vector<std::string> sites;  ///< --sites: profile files to apply
  std::string learn_sites;         ///< --learn-sites: where to write a learned profile
  std::string site_field;
};

/// Registers every option of pith on `app`, bound to `raw`.
void define_options(CLI::App& app, RawOptions& raw);

/// Checks `raw` and fills `config`; false with `err` for the user on a bad value.
bool to_config(const RawOptions& raw, pith::Config* config, std::string* err);

/// Parses a size such as "64M", "1G", "4096"; false when it is not one.
bool parse_size(const std::string& text, std::size_t* bytes);

}  // namespace cli
