// A run's options as a user gives them (names and strings: command-line flags, Python keyword
// arguments), and their one check into a Config. Knows nothing of how they were typed.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "pith/config.h"

namespace pith {

/// Options before they are checked. The CLI's flags and the Python module's keyword arguments
/// fill this same struct, so both get the same defaults, checks and Config.
struct ConfigOptions {
  std::string format;  ///< one of k_output_formats; empty: text for documents, jsonl for records
  bool with_markdown = false;         ///< JSON gains a "markdown" member
  std::string input_format = "auto";  ///< one of k_input_formats
  std::vector<std::string> disable;   ///< stage names switched off
  std::vector<std::string> only;      ///< when non-empty, the only stages that run
  std::vector<std::string> rules;     ///< TOML rules files
  std::vector<std::string> keep;      ///< HTML parts kept (k_html_parts)
  std::vector<std::string> drop;      ///< HTML parts dropped (k_html_parts); wins over keep
  std::vector<std::string> languages; ///< BCP 47 tags of the languages to keep (--language)
  bool nfkc = false;
  bool ascii_punct = false;
  std::string max_bytes = "64M";  ///< a size: bytes, or with a K, M or G suffix
  std::string content_field = "text";
  std::string id_field = "id";
  std::string url_field = "url";
  std::string output_field = "text";
  std::string content_format = "auto";  ///< one of k_content_formats
  unsigned jobs = 0;                    ///< worker threads; 0: one per core
  /// The boilerplate stage: lines scored at least this likely boilerplate (0..1) are removed.
  float boilerplate_threshold = Config{}.boilerplate_threshold;
  std::string boilerplate_model;           ///< a model file instead of the built-in one
  bool boilerplate_dump_features = false;  ///< training only: feature vectors in JSON `removed`
};

/// The values an option accepts.
inline const std::vector<std::string> k_output_formats = {"text", "markdown", "json", "jsonl"};
inline const std::vector<std::string> k_input_formats = {"auto", "text", "html", "jsonl", "warc"};
inline const std::vector<std::string> k_content_formats = {"auto", "text", "html"};
inline const std::vector<std::string> k_html_parts = {"tables", "lists", "captions", "comments", "links"};
/// Most worker threads a run may ask for.
inline constexpr unsigned k_max_jobs = 1024;

/// Why an option was refused.
struct OptionError {
  /// The option as the user knows it, in snake_case: "max_bytes", "field", "keep". A caller
  /// spells it its own way ("--max-bytes" on the command line).
  std::string option;
  std::string reason;
};

/// Checks `options` and fills `config`; false with `err` naming the first bad option.
/// Stage names and rules files are checked later, by Pipeline::create.
bool to_config(const ConfigOptions& options, Config* config, OptionError* err);

/// Parses a size such as "64M", "1G", "4096" into bytes (K, M, G are powers of 1024); false
/// when it is not one, is zero, or overflows.
bool parse_size(const std::string& text, std::size_t* bytes);

}  // namespace pith
