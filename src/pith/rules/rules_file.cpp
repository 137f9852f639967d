// Rules files: TOML checked key by key, so that every mistake is reported at its line.
#include "pith/rules/rules_file.h"

#include <fstream>
#include <initializer_list>
#include <sstream>
#include <string_view>

#include <toml++/toml.h>

#include "pith/normalize/normalizer.h"
#include "pith/rules/pattern_probe.h"
#include "pith/rules/rule_filter.h"

namespace pith {

namespace {

/// Joins pieces of a message (appending, which also keeps g++ 12's -Wrestrict quiet).
std::string cat(std::initializer_list<std::string_view> pieces) {
  std::string out;
  for (std::string_view piece : pieces) out += piece;
  return out;
}

/// Where a rules file is being read, and how its errors are worded: "PATH:LINE: reason".
class Reader {
 public:
  Reader(const std::string& path, std::string* err) : m_path(path), m_err(err) {}

  bool fail(const toml::source_region& where, const std::string& reason) const {
    *m_err = cat({m_path, ":", std::to_string(where.begin.line), ": ", reason});
    return false;
  }
  const std::string& path() const { return m_path; }

 private:
  const std::string& m_path;
  std::string* m_err;
};

/// Defaults a filter's table sets for its patterns and phrases; an entry may override them.
struct RuleOptions {
  bool case_sensitive = false;
  std::size_t max_length = 0;
};

bool is_kebab_case(std::string_view name) {
  if (name.empty() || name.front() < 'a' || name.front() > 'z' || name.back() == '-') return false;
  char prev = 0;
  for (char c : name) {
    bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    if (!ok || (c == '-' && prev == '-')) return false;
    prev = c;
  }
  return true;
}

bool is_normalizer_name(std::string_view name) {
  for (const NormalizerEntry& entry : normalizer_registry())
    if (entry.name == name) return true;
  return false;
}

/// Reads the shared option keys `case-sensitive` and `max-length` of `table` into `options`.
/// Returns false (with the error set) on a wrong type; `known` says whether `key` was one of them.
bool read_option(const Reader& reader, const toml::key& key, const toml::node& value, RuleOptions* options,
                 bool* known) {
  *known = true;
  if (key.str() == "case-sensitive") {
    if (!value.is_boolean()) return reader.fail(key.source(), "'case-sensitive' must be true or false");
    options->case_sensitive = *value.value<bool>();
    return true;
  }
  if (key.str() == "max-length") {
    // The type first: toml++'s value<int64_t>() casts a float node to an integer, which is
    // undefined for one out of range ("max-length = 1E40").
    std::optional<int64_t> n = value.is_integer() ? value.value_exact<int64_t>() : std::nullopt;
    if (!n || *n <= 0)
      return reader.fail(key.source(), "'max-length' must be a positive whole number (code points)");
    options->max_length = static_cast<std::size_t>(*n);
    return true;
  }
  *known = false;
  return true;
}

/// Compiles `text` (a regex, or a literal phrase) into `rule`; `what` is "pattern" or "phrase".
bool compile_rule(const Reader& reader, const toml::source_region& where, std::string_view what,
                  const std::string& text, const RuleOptions& options, Rule* rule) {
  if (text.empty()) return reader.fail(where, cat({"an empty ", what, " would match every block"}));
  RE2::Options re_options;
  re_options.set_log_errors(false);
  re_options.set_case_sensitive(options.case_sensitive);
  re_options.set_literal(what == "phrase");
  re_options.set_max_mem(k_rule_max_mem);
  rule->regex = std::make_unique<RE2>(text, re_options);
  if (!rule->regex->ok()) {
    // RE2 runs in linear time, so it has no lookaround; Perl and Python users reach for it first.
    bool lookaround = false;
    for (std::string_view opener : {"(?<=", "(?<!", "(?=", "(?!"})
      lookaround = lookaround || text.find(opener) != std::string::npos;
    std::string_view hint = lookaround ? " (RE2 syntax has no lookbehind or lookahead: match the context as part "
                                         "of the pattern, or use a second rule)"
                                       : "";
    return reader.fail(where, cat({"invalid ", what, " '", text, "': ", rule->regex->error(), hint}));
  }
  // The filter matches all its rules in one RE2::Set, whose options are shared: each rule's
  // own options go into its pattern.
  rule->set_pattern = what == "phrase" ? RE2::QuoteMeta(text) : text;
  if (!options.case_sensitive) rule->set_pattern = "(?i)" + rule->set_pattern;
  if (what == "pattern" && runs_slowly(rule->set_pattern))
    return reader.fail(where, cat({"pattern '", text, "' makes RE2 run some hundred times slower than usual ",
                                   "(its matcher's states outgrow their memory on ordinary text); anchor it with ^ ",
                                   "or drop the repeat that follows an alternation or a '.'"}));
  rule->max_length = options.max_length;
  rule->label = cat({reader.path(), ":", std::to_string(where.begin.line), ": ", what, " '", text, "'"});
  return true;
}

/// One entry of `patterns` or `phrases`: a string, or an inline table with the text under
/// `text_key` and its own option keys.
bool read_entry(const Reader& reader, const toml::node& entry, std::string_view what, std::string_view text_key,
                RuleOptions options, Rule* rule) {
  if (const toml::value<std::string>* text = entry.as_string())
    return compile_rule(reader, entry.source(), what, text->get(), options, rule);
  const toml::table* table = entry.as_table();
  if (!table)
    return reader.fail(entry.source(), cat({"each ", what, " must be a string or a table with '", text_key, "'"}));
  const toml::value<std::string>* text = nullptr;
  for (const auto& [key, value] : *table) {
    bool known = false;
    if (!read_option(reader, key, value, &options, &known)) return false;
    if (known) continue;
    if (key.str() != text_key)
      return reader.fail(key.source(), cat({"unknown key '", key.str(), "' (expected ", text_key, ", case-sensitive, max-length)"}));
    text = value.as_string();
    if (!text) return reader.fail(key.source(), cat({"'", text_key, "' must be a string"}));
  }
  if (!text) return reader.fail(entry.source(), cat({"this ", what, " has no '", text_key, "'"}));
  return compile_rule(reader, entry.source(), what, text->get(), options, rule);
}

/// The `patterns` or `phrases` array `list`, compiled onto the end of `rules`.
bool read_list(const Reader& reader, const toml::key& key, const toml::node& list, std::string_view what,
               std::string_view text_key, const RuleOptions& options, std::vector<Rule>* rules) {
  const toml::array* array = list.as_array();
  if (!array) return reader.fail(key.source(), cat({"'", key.str(), "' must be an array"}));
  for (const toml::node& entry : *array) {
    Rule rule;
    if (!read_entry(reader, entry, what, text_key, options, &rule)) return false;
    rules->push_back(std::move(rule));
  }
  return true;
}

/// One [filters.NAME] table, checked and compiled into a UserFilter.
bool read_filter(const Reader& reader, const toml::key& name_key, const toml::node& node, UserFilter* out) {
  std::string name(name_key.str());
  if (!is_kebab_case(name))
    return reader.fail(name_key.source(), cat({"filter name '", name, "' is not kebab-case (like 'cookie-notice')"}));
  if (is_normalizer_name(name))
    return reader.fail(name_key.source(), cat({"'", name, "' is a normaliser, not a filter"}));
  const toml::table* table = node.as_table();
  if (!table) return reader.fail(name_key.source(), cat({"[filters.", name, "] must be a table"}));
  bool built_in = find_filter(name) != nullptr;

  // Options first, whatever their place in the table: they are the entries' defaults.
  RuleOptions options;
  for (const auto& [key, value] : *table) {
    bool known = false;
    if (!read_option(reader, key, value, &options, &known)) return false;
  }
  std::vector<Rule> rules;
  const toml::source_region* summary_at = nullptr;
  for (const auto& [key, value] : *table) {
    std::string_view k = key.str();
    if (k == "case-sensitive" || k == "max-length") continue;
    if (k == "patterns") {
      if (!read_list(reader, key, value, "pattern", "regex", options, &rules)) return false;
    } else if (k == "phrases") {
      if (!read_list(reader, key, value, "phrase", "phrase", options, &rules)) return false;
    } else if (k == "summary") {
      const toml::value<std::string>* summary = value.as_string();
      if (!summary || summary->get().empty() || summary->get().find('\n') != std::string::npos)
        return reader.fail(key.source(), "'summary' must be one line of text");
      if (built_in)
        return reader.fail(key.source(), cat({"'", name, "' is a built-in filter: it has its summary already"}));
      out->summary = summary->get();
      summary_at = &key.source();
    } else {
      return reader.fail(key.source(), cat({"unknown key '", k, "' (expected summary, patterns, phrases, case-sensitive, max-length)"}));
    }
  }
  if (!built_in && !summary_at)
    return reader.fail(name_key.source(), cat({"new filter '", name, "' needs a one-line 'summary'"}));
  if (rules.empty()) return reader.fail(name_key.source(), cat({"filter '", name, "' has no patterns or phrases"}));
  std::string reason;
  std::unique_ptr<RuleFilter> filter = RuleFilter::create(std::move(rules), &reason);
  if (!filter) return reader.fail(name_key.source(), cat({"filter '", name, "': ", reason}));
  out->name = name;
  out->filter = std::move(filter);
  return true;
}

bool read_text_file(const std::string& path, std::string* text, std::string* err) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    *err = path + ": cannot open the rules file";
    return false;
  }
  std::ostringstream buffer;
  buffer << in.rdbuf();
  *text = buffer.str();
  return true;
}

}  // namespace

bool load_rules_file(const std::string& path, std::vector<UserFilter>* out, std::string* err) {
  std::string text;
  if (!read_text_file(path, &text, err)) return false;
  Reader reader(path, err);
  toml::table root;
  try {
    root = toml::parse(text, path);
  } catch (const toml::parse_error& e) {
    std::string reason(e.description());
    // A regex in "double quotes" is where people meet TOML escapes: '\d' is not one.
    if (reason.find("escape sequence") != std::string::npos)
      reason += " (write regexes in 'single quotes': TOML takes no escapes inside them)";
    return reader.fail(e.source(), reason);
  }
  std::vector<UserFilter> filters;
  for (const auto& [key, value] : root) {
    if (key.str() != "filters")
      return reader.fail(key.source(), cat({"unknown key '", key.str(), "' (expected [filters.NAME] tables)"}));
    const toml::table* table = value.as_table();
    if (!table) return reader.fail(key.source(), "'filters' must hold [filters.NAME] tables");
    for (const auto& [name, node] : *table) {
      UserFilter filter;
      if (!read_filter(reader, name, node, &filter)) return false;
      filters.push_back(std::move(filter));
    }
  }
  for (UserFilter& filter : filters) out->push_back(std::move(filter));
  return true;
}

}  // namespace pith
