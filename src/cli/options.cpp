// One list of flags; the library checks them into a Config (pith/config_options.h).
#include "cli/options.h"

#include <algorithm>

namespace cli {

void define_options(CLI::App& app, RawOptions& raw) {
  app.add_option("files", raw.inputs, "Inputs to clean; '-' or none reads standard input");
  app.add_option("-f,--format", raw.format,
                 "Output format: text, json or jsonl (default text; jsonl for JSON Lines and WARC inputs)")
      ->check(CLI::IsMember(pith::k_output_formats));
  app.add_option("-i,--input-format", raw.input_format,
                 "Input format: auto (one document per input, HTML or text), text, html, jsonl or warc")
      ->check(CLI::IsMember(pith::k_input_formats));
  app.add_flag("-e,--explain", raw.explain, "Show the input with each removed line marked by the filter that removed it");
  app.add_flag("--list-filters", raw.list_filters, "List every filter and normaliser in pipeline order and exit");
  // List options take one comma-separated value per use, so a following file name stays a file.
  app.add_option("--disable", raw.disable, "Switch off these filters or normalisers (comma-separated; repeatable)")
      ->delimiter(',')
      ->allow_extra_args(false);
  app.add_option("--only", raw.only, "Run only these filters or normalisers (comma-separated; repeatable)")
      ->delimiter(',')
      ->allow_extra_args(false);
  // One file per --rules: without this CLI11 takes the input files that follow as rules files too.
  app.add_option("--rules", raw.rules, "TOML rules file adding patterns to filters or defining new ones (repeatable)")
      ->allow_extra_args(false)
      ->check(CLI::ExistingFile);
  app.add_option("--keep", raw.keep, "HTML: also keep tables, lists, captions, comments or links (comma-separated)")
      ->delimiter(',')
      ->allow_extra_args(false)
      ->check(CLI::IsMember(pith::k_html_parts));
  app.add_option("--drop", raw.drop, "HTML: drop tables, lists, captions, comments or links (comma-separated)")
      ->delimiter(',')
      ->allow_extra_args(false)
      ->check(CLI::IsMember(pith::k_html_parts));
  app.add_flag("--nfkc", raw.nfkc, "Normalise to NFKC instead of NFC");
  app.add_flag("--ascii-punct", raw.ascii_punct, "Fold curly quotes, dashes and ellipses to ASCII");
  app.add_option("--max-bytes", raw.max_bytes, "Largest input (after decompression) to accept, e.g. 64M");
  app.add_option("--color", raw.color, "Colour --explain output: auto, always or never")
      ->check(CLI::IsMember({"auto", "always", "never"}));
  app.add_flag("-r,--recursive", raw.recursive, "Read every file under directory arguments, in sorted order");
  app.add_option("--glob", raw.globs, "With -r, read only files whose name matches this pattern (repeatable)")
      ->allow_extra_args(false);
  app.add_option("--field", raw.content_field, "JSON Lines: the field holding the content to clean (default text)");
  app.add_option("--id-field", raw.id_field, "JSON Lines: the field holding the record's id (default id)");
  app.add_option("--url-field", raw.url_field, "JSON Lines: the field holding the page's URL (default url)");
  app.add_option("--output-field", raw.output_field,
                 "JSON Lines and WARC: the output field for the cleaned text (default text)");
  app.add_option("--content-format", raw.content_format,
                 "JSON Lines: the content is html, text, or auto (detected per record)")
      ->check(CLI::IsMember(pith::k_content_formats));
  app.add_option("--output-dir", raw.output_dir,
                 "Write one file per input into this directory, mirroring input names (.jsonl, or .txt with --format text)");
  app.add_option("-j,--jobs", raw.jobs, "Worker threads (default: one per core)")->check(CLI::Range(1u, pith::k_max_jobs));
  app.add_flag("-q,--quiet", raw.quiet, "No progress line and no summary on standard error");
}

bool to_config(const RawOptions& raw, pith::Config* config, std::string* err) {
  pith::OptionError option_err;
  if (pith::to_config(raw, config, &option_err)) return true;
  std::string flag = "--" + option_err.option;
  std::replace(flag.begin(), flag.end(), '_', '-');
  *err = flag + ": " + option_err.reason;
  return false;
}

}  // namespace cli
