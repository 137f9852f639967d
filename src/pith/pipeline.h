// The pipeline: read bytes → decode → parse → Document → filters → normalisers.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pith/config.h"
#include "pith/document.h"
#include "pith/filters/filter.h"
#include "pith/normalize/normalizer.h"

namespace pith {

/// What --list-filters shows of one stage.
struct StageInfo {
  std::string name;
  std::string summary;
  bool is_filter;
  bool on_by_default;
  bool enabled;
};

class Pipeline {
 public:
  /// Builds the stages `config` selects. Null with `err` naming the problem (an unknown stage
  /// name, a bad rules file): a configuration error, fatal for the whole run.
  static std::unique_ptr<Pipeline> create(const Config& config, std::string* err);

  /// Cleans one input (`bytes` as read, maybe compressed) named `source` into `doc`.
  /// False with `err` when this input cannot be processed (binary, corrupt, too large);
  /// odd HTML or odd text is normal input and never fails.
  bool clean(std::string_view bytes, std::string source, Document* doc, std::string* err) const;

  /// Cleans one record's content: already-decompressed `bytes` of the given kind (sniffed when
  /// `kind` is empty), in `charset` when a transport header declared one ("" when not).
  /// False with `err` when the record is over --max-bytes or cannot be decoded.
  bool clean_content(std::string_view bytes, std::optional<InputKind> kind, std::string_view charset,
                     Document* doc, std::string* err) const;

  /// Decodes and parses already-decompressed `bytes` of the given kind, then runs the stages.
  bool clean_as(std::string_view bytes, InputKind kind, Document* doc, std::string* err) const;

  /// clean_content() without the stages: the record's document as parsed, which is what a
  /// site-learning pass counts. Fills `doc->site` from `doc->meta.url` when it is empty.
  bool parse_content(std::string_view bytes, std::optional<InputKind> kind, std::string_view charset,
                     Document* doc, std::string* err) const;

  /// Identifies the document's language, then runs the filters, then the normalisers, over a
  /// parsed document.
  void run_stages(Document& doc) const;

  /// Every stage, built-in or from rules files, in pipeline order.
  std::vector<StageInfo> stages() const;

  const Config& config() const { return m_config; }

 private:
  struct FilterStage {
    std::string name;
    std::unique_ptr<Filter> filter;
  };
  struct NormalizerStage {
    std::string name;
    std::unique_ptr<Normalizer> normalizer;
  };

  bool parse_as(std::string_view bytes, InputKind kind, Document* doc, std::string* err) const;
  /// Runs the stages over a parsed document and guesses a text's title from what is kept.
  void finish(Document& doc) const;

  Config m_config;
  std::vector<FilterStage> m_filters;
  std::vector<NormalizerStage> m_normalizers;
  std::vector<StageInfo> m_stage_info;
};

/// The kind of input `bytes` hold under `config` (forced, or sniffed); `name`, the input's file
/// name when it has one, weighs in (a page named .html may open its markup after a few lines).
InputKind detect_kind(std::string_view bytes, const Config& config, std::string_view name = {});

}  // namespace pith
