// Config: every switch, threshold and default of a run, checked once and passed down.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

namespace pith {

namespace sites {
class SiteProfile;
}

enum class OutputFormat { text, json, jsonl, markdown };
enum class InputFormat { detect, text, html, jsonl, warc };
enum class UnicodeForm { nfc, nfkc };

struct Config {
  // --- what to read
  InputFormat input_format = InputFormat::detect;
  /// Inputs larger than this (after decompression) are errors, never reasons to buffer.
  std::size_t max_bytes = std::size_t{64} << 20;

  // --- which stages run (names of filters and normalisers)
  std::vector<std::string> disabled;
  /// When non-empty, only these stages run.
  std::vector<std::string> only;
  /// TOML files adding patterns to built-in filters or defining new ones.
  std::vector<std::string> rules_files;

  // --- the boilerplate stage (a learned line classifier; src/pith/filters/boilerplate.h)
  /// Lines the model gives at least this probability of being boilerplate are removed (0..1).
  /// 0.98: on an article dump the named filters take nearly all residue, and out of sample
  /// (dev records cleaned alone, 5-fold over records) the model then removed 3 noise lines for 31
  /// content lines at 0.95, none of either at 0.98. It earns its keep on whole pages (below).
  /// See tests/bench/text_quality.py.
  float boilerplate_threshold = 0.98f;
  /// The threshold for a document that looks like a whole page dumped as text (lynx -dump,
  /// get_text(): menus, footers and link lists around the article; see BoilerplateFilter): most
  /// of such a page is furniture, so a lower score is enough. 0.4: models trained without the
  /// benchmark they are scored on (as tests/bench/text_quality.py trains them) gave whole-page F1
  /// 0.836 on scrapinghub and 0.821 on trafilatura-eval at 0.4, against 0.819 and 0.817 at 0.5;
  /// at 0.35 trafilatura-eval's recall falls below 0.89. Chosen on those two benchmarks.
  float boilerplate_page_threshold = 0.4f;
  /// A model file to use instead of the shipped one (empty: the shipped one).
  std::string boilerplate_model;
  /// For training only: the stage judges nothing and marks every line it sees with its feature
  /// vector as the reason, so JSON `removed` carries the vectors the model is trained on.
  bool boilerplate_dump_features = false;
  /// Whether stages spell out why they removed a block (the reason --explain, JSON `removed` and
  /// --report show). With false, a stage may leave a removal's reason empty; what it removes is
  /// the same. The command line turns it off when nothing it writes shows reasons (plain text
  /// out): the boilerplate stage's feature explanation is an eighth of a text run's time.
  bool removal_reasons = true;

  // --- HTML extraction: what of the page is kept besides paragraphs
  bool keep_tables = true;
  bool keep_lists = true;
  bool keep_captions = false;
  bool keep_comments = false;
  bool keep_links = false;  ///< keep link targets as "text (url)"

  // --- which documents are kept
  /// When non-empty, only documents whose identified language (a BCP 47 primary subtag, lower
  /// case) is one of these are written; the others are skipped with the reason (--language).
  std::vector<std::string> languages;

  // --- normalisation
  UnicodeForm unicode_form = UnicodeForm::nfc;
  bool ascii_punct = false;

  // --- output
  OutputFormat format = OutputFormat::text;
  /// JSON and JSON Lines: add a "markdown" member, the kept text as Markdown.
  bool json_markdown = false;

  // --- batch runs (JSON Lines and WARC inputs, many files)
  /// Worker threads; 0 means one per core.
  unsigned jobs = 0;
  /// The members of a JSON Lines record: the content to clean, its id, its URL, and the member
  /// the cleaned text goes to (replacing a same-named member of the input).
  std::string content_field = "text";
  std::string id_field = "id";
  std::string url_field = "url";
  std::string output_field = "text";
  /// What a record's content is: html, text, or detect (sniffed per record).
  InputFormat content_format = InputFormat::detect;

  // --- site boilerplate (site-repeat)
  /// The JSON Lines member naming a record's site; "" takes the host of its URL.
  std::string site_field;
  /// What site-repeat removes: lines learned per site, from --sites files or a batch's first
  /// pass. Null: the stage has nothing to remove.
  std::shared_ptr<const sites::SiteProfile> site_profile;
  /// A line is learned as its site's boilerplate when it recurs in at least this many records
  /// of the site and this share of them. From the labelled dev dump (README, "Site
  /// boilerplate"): content lines recur in at most 2 records of a site (1.7% of its largest),
  /// boilerplate in 4 or more (3.4% and up).
  std::size_t site_min_records = 3;
  double site_min_share = 0.02;
};

/// True when stage `name` runs under `config` (`on_by_default` for stages nobody named).
bool stage_enabled(const Config& config, const std::string& name, bool on_by_default);

}  // namespace pith
