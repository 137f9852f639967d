// One list of flags; the library checks them into a Config (pith/config_options.h).
#include "cli/options.h"

#include <algorithm>
#include <cctype>

#include "pith/output/writers.h"
#include "pith/language/identify.h"

namespace cli {

void define_options(CLI::App& app, RawOptions& raw) {
  app.add_option("files", raw.inputs, "Inputs to clean; '-' or none reads standard input");
  app.add_option("-f,--format", raw.format,
                 "Output format: text, markdown, json (one JSON text: an array for several inputs or records) or "
                 "jsonl (default text; jsonl for JSON Lines and WARC inputs)")
      ->check(CLI::IsMember(pith::k_output_formats));
  app.add_flag("--with-markdown", raw.with_markdown,
               "JSON and JSON Lines: add a 'markdown' member holding the kept text as Markdown");
  app.add_option("-i,--input-format", raw.input_format,
                 "Input format: auto (each input's own, from its first bytes: WARC, JSON Lines, or one document, "
                 "HTML or text), text, html, jsonl or warc")
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
  app.add_option("--language", raw.languages,
                 "Keep only documents in these languages, as identified from their text (BCP 47 tags, "
                 "comma-separated, e.g. de,fr); others are skipped")
      ->delimiter(',')
      ->allow_extra_args(false);
  app.add_flag("--nfkc", raw.nfkc, "Normalise to NFKC instead of NFC");
  app.add_flag("--ascii-punct", raw.ascii_punct, "Fold curly quotes, dashes and ellipses to ASCII");
  app.add_option("--max-bytes", raw.max_bytes, "Largest input (after decompression) to accept, e.g. 64M");
  app.add_option("--color", raw.color, "Colour --explain output: auto, always or never")
      ->check(CLI::IsMember({"auto", "always", "never"}));
  app.add_flag("-r,--recursive", raw.recursive, "Read every file under directory arguments, in sorted order");
  app.add_option("--glob", raw.globs, "With -r, read only files whose name matches this pattern (repeatable)")
      ->allow_extra_args(false);
  app.add_option("--field", raw.content_field,
                 "JSON Lines: the field holding the content to clean (default text); it is left out, and its "
                 "cleaned text goes to --output-field, or back into it with --in-place");
  app.add_option("--id-field", raw.id_field, "JSON Lines: the field holding the record's id (default id)");
  app.add_option("--url-field", raw.url_field, "JSON Lines: the field holding the page's URL (default url)");
  app.add_option("--output-field", raw.output_field,
                 "JSON Lines and WARC: the field the cleaned text is written to (default text), after the "
                 "record's own fields");
  app.add_flag("--in-place", raw.in_place,
               "JSON Lines: write the cleaned text back into --field where it stands, and add no field of "
               "pith's (unless --fields names some), so the records keep their schema");
  app.add_option("--content-format", raw.content_format,
                 "JSON Lines: the content is html, text, or auto (detected per record)")
      ->check(CLI::IsMember(pith::k_content_formats));
  app.add_option("--output-dir", raw.output_dir,
                 "Write one file per input into this directory, mirroring input names, with the output format's suffix (.txt for documents, .jsonl for records, .json, .md)");
  app.add_option("-j,--jobs", raw.jobs, "Worker threads (default: one per core)")->check(CLI::Range(1u, pith::k_max_jobs));
  app.add_flag("-q,--quiet", raw.quiet, "No progress line, summary or notes on standard error (errors and warnings stay)");
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
  app.add_option("--separator", raw.separator,
                 "Text output of several documents or records: the line written after each (default: an empty "
                 "line; escapes \\f, \\t, \\n)");
  std::vector<std::string> members(pith::json_member_names().begin(), pith::json_member_names().end());
  app.add_option("--fields", raw.fields, "JSON output: write only these of pith's fields (comma-separated, e.g. text,title,url)")
      ->delimiter(',')
      ->allow_extra_args(false)
      ->check(CLI::IsMember(members));
  app.add_flag("--no-removed", raw.no_removed, "JSON output: leave out the removed array");
  app.add_flag("--no-stats", raw.no_stats, "JSON output: leave out the stats object");
  app.add_option("--min-chars", raw.min_chars,
                 "Skip a record whose cleaned text is under N characters; it is written as {..., \"skipped\": reason}");
  app.add_option("--report", raw.report,
                 "Write an HTML page about the run to this file: counts, removals per filter and per site, examples");
  app.get_option("--learn-sites")->excludes(app.get_option("--report"));  // learning cleans nothing to report
  app.add_option("--boilerplate-threshold", raw.boilerplate_threshold,
                 "boilerplate stage: remove lines the model scores at least this likely boilerplate (0..1)")
      ->check(CLI::Range(0.0f, 1.0f))
      ->capture_default_str();
  app.add_option("--boilerplate-page-threshold", raw.boilerplate_page_threshold,
                 "boilerplate stage: the same for a text document that looks like a whole page dumped as text "
                 "(80+ lines, under 35% prose)")
      ->check(CLI::Range(0.0f, 1.0f))
      ->capture_default_str();
  app.add_option("--boilerplate-model", raw.boilerplate_model,
                 "boilerplate stage: use this model file instead of the built-in one")
      ->check(CLI::ExistingFile);
  // Training only (src/pith/model/): hidden, so not in --help or the man page.
  app.add_flag("--boilerplate-dump-features", raw.boilerplate_dump_features)->group("");
}

void note_given(const CLI::App& app, RawOptions& raw) {
  raw.given.clear();
  for (const CLI::Option* option : app.get_options())
    if (option->count() > 0) raw.given.push_back(option->get_name());
}

bool RawOptions::was_given(std::string_view flag) const {
  return std::find(given.begin(), given.end(), flag) != given.end();
}

bool unescape_separator(std::string_view typed, std::string* bytes) {
  bytes->clear();
  for (std::size_t i = 0; i < typed.size(); ++i) {
    if (typed[i] != '\\') {
      bytes->push_back(typed[i]);
      continue;
    }
    char next = i + 1 < typed.size() ? typed[++i] : '\0';
    switch (next) {
      case 'f': bytes->push_back('\f'); break;
      case 't': bytes->push_back('\t'); break;
      case 'n': bytes->push_back('\n'); break;
      case '\\': bytes->push_back('\\'); break;
      default: return false;
    }
  }
  return true;
}

namespace {

/// Whether JSON output keeps its member `name`, given the members `wanted` (--fields; empty: all)
/// and --no-removed / --no-stats.
bool member_kept(const RawOptions& raw, const std::vector<std::string>& wanted, std::string_view name) {
  if ((name == "removed" && raw.no_removed) || (name == "stats" && raw.no_stats)) return false;
  return wanted.empty() || std::find(wanted.begin(), wanted.end(), name) != wanted.end();
}

}  // namespace

bool shows_removal_reasons(const RawOptions& raw) {
  if (raw.explain || !raw.report.empty()) return true;
  if (raw.format == "text" || raw.format == "markdown") return false;
  if (raw.format.empty()) return true;  // a batch among the inputs writes JSON Lines
  return member_kept(raw, raw.fields, "removed");
}

bool to_config(const RawOptions& raw, pith::Config* config, std::string* err) {
  pith::OptionError option_err;
  if (!pith::to_config(raw, config, &option_err)) {
    std::string flag = "--" + option_err.option;
    std::replace(flag.begin(), flag.end(), '_', '-');
    *err = flag + ": " + option_err.reason;
    return false;
  }
  // What only the command line has.
  if (raw.in_place && raw.was_given("--output-field")) {
    *err = "--in-place writes the cleaned text back into --field; leave out --output-field, or --in-place";
    return false;
  }
  if (raw.in_place) config->output_field = raw.content_field;
  config->removal_reasons = shows_removal_reasons(raw);
  std::string separator;
  if (!unescape_separator(raw.separator, &separator)) {
    *err = "--separator: '" + raw.separator + "' has an unknown escape (\\f, \\t, \\n and \\\\ are known)";
    return false;
  }
  return true;
}

}  // namespace cli

namespace cli {

pith::RecordOutputOptions output_options(const RawOptions& raw, const pith::Config& config, bool color, bool several) {
  pith::RecordOutputOptions options;
  options.format = config.format;
  // A batch of records is a dataset: JSON Lines out unless asked otherwise (documents: text).
  options.record_format = raw.format.empty() ? pith::OutputFormat::jsonl : config.format;
  options.explain = raw.explain;
  options.markdown_member = config.json_markdown;
  options.color = color;
  options.fields = {config.content_field, config.id_field, config.url_field, config.output_field, config.site_field};
  if (config.content_format == pith::InputFormat::html) options.content_kind = pith::InputKind::html;
  if (config.content_format == pith::InputFormat::text) options.content_kind = pith::InputKind::text;
  unescape_separator(raw.separator, &options.text_separator);  // checked by to_config
  options.text_separator.push_back('\n');
  options.separate_documents = several && raw.output_dir.empty();
  auto left_out = [&](const std::vector<std::string>& wanted) {
    std::vector<std::string> omit;
    for (std::string_view name : pith::json_member_names())
      if (!member_kept(raw, wanted, name)) omit.emplace_back(name);
    return omit;
  };
  options.omit_members = left_out(raw.fields);
  // --in-place keeps a JSON line's schema: only the text, unless --fields asks for more.
  options.in_place = raw.in_place;
  if (raw.in_place) options.omit_in_place = left_out(raw.fields.empty() ? std::vector<std::string>{"text"} : raw.fields);
  options.min_chars = raw.min_chars;
  options.collect_removed = !raw.report.empty();
  return options;
}

std::string jsonl_flags_given(const RawOptions& raw) {
  std::string list;
  for (const char* flag : {"--field", "--id-field", "--url-field", "--content-format", "--in-place"})
    if (raw.was_given(flag)) list += (list.empty() ? "" : ", ") + std::string(flag);
  return list;
}

std::vector<std::string> flag_warnings(const RawOptions& raw) {
  std::vector<std::string> warnings;
  auto warn = [&](std::string text) { warnings.push_back("pith: warning: " + std::move(text)); };
  bool json_out = raw.format == "json" || raw.format == "jsonl";
  bool text_out = raw.format == "text";
  if (raw.explain && raw.was_given("--format"))
    warn("--explain prints a listing, so --format " + raw.format + " is ignored");
  if (!raw.explain && raw.was_given("--color")) warn("--color only colours --explain, which was not given");
  if (!raw.globs.empty() && !raw.recursive)
    warn("--glob chooses files inside directories read with -r; without -r it does nothing");
  if (raw.input_format == "text" && (!raw.keep.empty() || !raw.drop.empty()))
    warn("--keep and --drop only change how HTML pages are read; -i text reads none");
  for (const std::string& what : raw.keep)
    if (std::find(raw.drop.begin(), raw.drop.end(), what) != raw.drop.end())
      warn("--keep " + what + " and --drop " + what + " disagree; --drop wins");
  for (const std::string& stage : raw.only)
    if (std::find(raw.disable.begin(), raw.disable.end(), stage) != raw.disable.end())
      warn("--only and --disable both name " + stage + "; --only wins, so it runs");
  std::string jsonl_flags = jsonl_flags_given(raw);
  if (!jsonl_flags.empty() && raw.input_format != "auto" && raw.input_format != "jsonl")
    warn(jsonl_flags + ": no effect with -i " + raw.input_format + " (they are for JSON Lines input)");
  if (raw.was_given("--output-field") && text_out) warn("--output-field names a JSON field; -f text writes plain text");
  if ((!raw.fields.empty() || raw.no_removed || raw.no_stats) && (text_out || raw.explain))
    warn(std::string("--fields, --no-removed and --no-stats choose JSON fields; ") +
         (raw.explain ? "--explain" : "-f text") + " writes none");
  if (raw.was_given("--separator") && (json_out || raw.explain))
    warn("--separator is for text output; " + std::string(raw.explain ? "--explain" : "--format " + raw.format) +
         " does not use it");
  if (raw.in_place && text_out) warn("--in-place keeps JSON records' schema; -f text writes plain text");
  if (raw.with_markdown && (raw.explain || text_out || raw.format == "markdown"))
    warn("--with-markdown adds a 'markdown' member to JSON; " +
         std::string(raw.explain ? "--explain" : "-f " + raw.format) + " writes no JSON (use -f json or -f jsonl)");
  return warnings;
}

std::string text_destination(const RawOptions& raw, const pith::Config& config, bool jsonl, bool warc) {
  if (raw.explain || (!jsonl && !warc)) return {};
  std::string where = raw.output_dir.empty() ? "" : " (one file per input under " + raw.output_dir + ")";
  bool text_out = config.format == pith::OutputFormat::text && !raw.format.empty();
  if (text_out)
    return std::string("the cleaned text went out as plain text, ") +
           (raw.was_given("--separator") ? "the --separator line" : "an empty line") + " after each record" + where;
  auto quoted = [](const std::string& name) { return "\"" + name + "\""; };
  if (jsonl && raw.in_place)
    return "the cleaned text replaced " + quoted(config.content_field) + " where it stood" +
           (raw.fields.empty() ? "; no other field was added" : "") + where;
  std::string text;
  if (jsonl && config.content_field == config.output_field)
    text = "the cleaned text of " + quoted(config.content_field) + " was written as " + quoted(config.output_field) +
           ", after each record's other fields (--in-place keeps it where it stood)";
  else if (jsonl)
    text = "the cleaned text of " + quoted(config.content_field) + " went to " + quoted(config.output_field) + "; " +
           quoted(config.content_field) + " was left out (--in-place keeps the text in it)";
  if (warc) text += std::string(text.empty() ? "" : "; ") + "the text of each HTML response went to " + quoted(config.output_field);
  return text + where;
}

}  // namespace cli
