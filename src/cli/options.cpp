// One list of flags; checking them into a Config happens once, here.
#include "cli/options.h"

#include <cctype>

namespace cli {

void define_options(CLI::App& app, RawOptions& raw) {
  app.add_option("files", raw.inputs, "Inputs to clean; '-' or none reads standard input");
  app.add_option("-f,--format", raw.format,
                 "Output format: text, json or jsonl (default text; jsonl for JSON Lines and WARC inputs)")
      ->check(CLI::IsMember({"text", "json", "jsonl"}));
  app.add_option("-i,--input-format", raw.input_format,
                 "Input format: auto (one document per input, HTML or text), text, html, jsonl or warc")
      ->check(CLI::IsMember({"auto", "text", "html", "jsonl", "warc"}));
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
      ->check(CLI::IsMember({"tables", "lists", "captions", "comments", "links"}));
  app.add_option("--drop", raw.drop, "HTML: drop tables, lists, captions, comments or links (comma-separated)")
      ->delimiter(',')
      ->allow_extra_args(false)
      ->check(CLI::IsMember({"tables", "lists", "captions", "comments", "links"}));
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
      ->check(CLI::IsMember({"auto", "text", "html"}));
  app.add_option("--output-dir", raw.output_dir,
                 "Write one file per input into this directory, mirroring input names (.jsonl, or .txt with --format text)");
  app.add_option("-j,--jobs", raw.jobs, "Worker threads (default: one per core)")->check(CLI::Range(1u, 1024u));
  app.add_flag("-q,--quiet", raw.quiet, "No progress line and no summary on standard error");
  app.add_option("--sites", raw.sites,
                 "Site profile for site-repeat (repeatable; profiles merge); a batch then needs no learning pass")
      ->allow_extra_args(false)
      ->check(CLI::ExistingFile);
  CLI::Option* learn = app.add_option(
      "--learn-sites", raw.learn_sites,
      "Learn a site profile from the inputs (and any --sites) and write it to this file ('-': stdout); clean nothing");
  learn->excludes(app.get_option("--output-dir"))->excludes(app.get_option("--explain"));
  app.add_option("--site-field", raw.site_field,
                 "JSON Lines: the field naming a record's site for site-repeat (default: the host of its URL)");
}

bool parse_size(const std::string& text, std::size_t* bytes) {
  if (text.empty()) return false;
  std::size_t value = 0, i = 0;
  for (; i < text.size() && std::isdigit(static_cast<unsigned char>(text[i])); ++i) {
    if (value > (SIZE_MAX - 9) / 10) return false;
    value = value * 10 + static_cast<std::size_t>(text[i] - '0');
  }
  if (i == 0) return false;
  std::string unit = text.substr(i);
  int shift = 0;
  if (unit.empty() || unit == "B") shift = 0;
  else if (unit == "K" || unit == "KB" || unit == "k") shift = 10;
  else if (unit == "M" || unit == "MB") shift = 20;
  else if (unit == "G" || unit == "GB") shift = 30;
  else return false;
  if (value > (SIZE_MAX >> shift)) return false;
  *bytes = value << shift;
  return *bytes > 0;
}

bool to_config(const RawOptions& raw, pith::Config* config, std::string* err) {
  using pith::InputFormat;
  using pith::OutputFormat;
  config->input_format = raw.input_format == "html"    ? InputFormat::html
                         : raw.input_format == "text"  ? InputFormat::text
                         : raw.input_format == "jsonl" ? InputFormat::jsonl
                         : raw.input_format == "warc"  ? InputFormat::warc
                                                       : InputFormat::detect;
  bool records = config->input_format == InputFormat::jsonl || config->input_format == InputFormat::warc;
  // A batch of records is a dataset: JSON Lines out unless asked otherwise.
  std::string format = raw.format.empty() ? (records ? "jsonl" : "text") : raw.format;
  config->format = format == "json" ? OutputFormat::json
                   : format == "jsonl" ? OutputFormat::jsonl
                                       : OutputFormat::text;
  config->content_format = raw.content_format == "html"   ? InputFormat::html
                           : raw.content_format == "text" ? InputFormat::text
                                                          : InputFormat::detect;
  config->content_field = raw.content_field;
  config->id_field = raw.id_field;
  config->url_field = raw.url_field;
  config->output_field = raw.output_field;
  config->site_field = raw.site_field;
  config->jobs = raw.jobs;
  for (const std::string* name : {&raw.content_field, &raw.id_field, &raw.url_field, &raw.output_field})
    if (name->empty()) {
      *err = "field names cannot be empty";
      return false;
    }
  config->disabled = raw.disable;
  config->only = raw.only;
  config->rules_files = raw.rules;
  config->unicode_form = raw.nfkc ? pith::UnicodeForm::nfkc : pith::UnicodeForm::nfc;
  config->ascii_punct = raw.ascii_punct;
  if (!parse_size(raw.max_bytes, &config->max_bytes)) {
    *err = "--max-bytes: '" + raw.max_bytes + "' is not a size (try 64M)";
    return false;
  }
  auto set_keep = [&](const std::vector<std::string>& names, bool value) {
    for (const std::string& name : names) {
      if (name == "tables") config->keep_tables = value;
      else if (name == "lists") config->keep_lists = value;
      else if (name == "captions") config->keep_captions = value;
      else if (name == "comments") config->keep_comments = value;
      else if (name == "links") config->keep_links = value;
    }
  };
  set_keep(raw.keep, true);
  set_keep(raw.drop, false);
  return true;
}

}  // namespace cli
