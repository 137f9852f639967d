// to_config: every option checked once, in one place, whoever gathered it.
#include "pith/config_options.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <memory>
#include <utility>

#include "pith/language/identify.h"
#include "pith/sites/profile_file.h"
#include "pith/sites/site_profile.h"

namespace pith {

namespace {

bool is_one_of(const std::string& value, const std::vector<std::string>& allowed) {
  return std::find(allowed.begin(), allowed.end(), value) != allowed.end();
}

std::string joined(const std::vector<std::string>& values) {
  std::string out;
  for (const std::string& value : values) out += (out.empty() ? "" : ", ") + value;
  return out;
}

bool fail(OptionError* err, std::string option, std::string reason) {
  *err = {std::move(option), std::move(reason)};
  return false;
}

/// False with `err` when `value` is not one of `allowed`.
bool check_member(const std::string& option, const std::string& value, const std::vector<std::string>& allowed,
                  OptionError* err) {
  if (is_one_of(value, allowed)) return true;
  return fail(err, option, "'" + value + "' is not one of " + joined(allowed));
}

InputFormat input_format_of(const std::string& name) {
  return name == "html"    ? InputFormat::html
         : name == "text"  ? InputFormat::text
         : name == "jsonl" ? InputFormat::jsonl
         : name == "warc"  ? InputFormat::warc
                           : InputFormat::detect;
}

}  // namespace

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

bool to_config(const ConfigOptions& options, Config* config, OptionError* err) {
  if (!options.format.empty() && !check_member("format", options.format, k_output_formats, err)) return false;
  if (!check_member("input_format", options.input_format, k_input_formats, err) ||
      !check_member("content_format", options.content_format, k_content_formats, err))
    return false;
  for (const auto& [option, names] : {std::pair{"keep", &options.keep}, std::pair{"drop", &options.drop}})
    for (const std::string& name : *names)
      if (!check_member(option, name, k_html_parts, err)) return false;
  if (options.jobs > k_max_jobs) return fail(err, "jobs", "at most " + std::to_string(k_max_jobs));

  config->input_format = input_format_of(options.input_format);
  bool records = config->input_format == InputFormat::jsonl || config->input_format == InputFormat::warc;
  // A batch of records is a dataset: JSON Lines out unless asked otherwise.
  std::string format = options.format.empty() ? (records ? "jsonl" : "text") : options.format;
  config->format = format == "json"       ? OutputFormat::json
                   : format == "jsonl"    ? OutputFormat::jsonl
                   : format == "markdown" ? OutputFormat::markdown
                                          : OutputFormat::text;
  config->json_markdown = options.with_markdown;
  config->content_format = input_format_of(options.content_format);
  for (const auto& [option, name] : {std::pair{"field", &options.content_field}, std::pair{"id_field", &options.id_field},
                                     std::pair{"url_field", &options.url_field},
                                     std::pair{"output_field", &options.output_field}})
    if (name->empty()) return fail(err, option, "a field name cannot be empty");
  config->content_field = options.content_field;
  config->id_field = options.id_field;
  config->url_field = options.url_field;
  config->output_field = options.output_field;
  config->site_field = options.site_field;
  if (!options.sites.empty()) {
    auto profile = std::make_shared<sites::SiteProfile>();
    std::string reason;
    for (const std::string& path : options.sites)
      if (!sites::load_profile_file(path, profile.get(), &reason)) return fail(err, "sites", reason);
    config->site_profile = std::move(profile);
  }
  config->jobs = options.jobs;
  config->disabled = options.disable;
  config->only = options.only;
  config->rules_files = options.rules;
  config->unicode_form = options.nfkc ? UnicodeForm::nfkc : UnicodeForm::nfc;
  config->ascii_punct = options.ascii_punct;
  for (auto [option, threshold] : {std::pair{"boilerplate_threshold", options.boilerplate_threshold},
                                   std::pair{"boilerplate_page_threshold", options.boilerplate_page_threshold}})
    if (!(threshold >= 0.0f && threshold <= 1.0f)) return fail(err, option, "must be from 0 to 1");
  config->boilerplate_threshold = options.boilerplate_threshold;
  config->boilerplate_page_threshold = options.boilerplate_page_threshold;
  config->boilerplate_model = options.boilerplate_model;
  config->boilerplate_dump_features = options.boilerplate_dump_features;
  config->languages.clear();
  for (const std::string& tag : options.languages) {
    std::string primary = primary_language_subtag(tag);
    if (primary.empty())
      return fail(err, "language", "'" + tag + "' is not a language tag (two or three letters, as en or de)");
    if (!is_identifiable_language(primary))
      return fail(err, "language", "'" + tag + "' is not a language pith can identify (give ISO 639-1 codes " +
                                       "as identified text gets them: en, de, es, fr, it, pt, zh, ar, ...)");
    config->languages.push_back(primary);
  }
  if (!parse_size(options.max_bytes, &config->max_bytes))
    return fail(err, "max_bytes", "'" + options.max_bytes + "' is not a size (try 64M)");
  auto set_keep = [&](const std::vector<std::string>& names, bool value) {
    for (const std::string& name : names) {
      if (name == "tables") config->keep_tables = value;
      else if (name == "lists") config->keep_lists = value;
      else if (name == "captions") config->keep_captions = value;
      else if (name == "comments") config->keep_comments = value;
      else if (name == "links") config->keep_links = value;
    }
  };
  set_keep(options.keep, true);
  set_keep(options.drop, false);
  return true;
}

}  // namespace pith
