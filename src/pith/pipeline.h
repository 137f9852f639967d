// The pipeline: read bytes → decode → parse → Document → filters → normalisers.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pith/config.h"
#include "pith/document.h"
#include "pith/filters/filter.h"
#include "pith/input/byte_source.h"
#include "pith/normalize/normalizer.h"

namespace pith {

class WindowCopies;

/// Lines of the neighbouring windows a window of a large text is judged with, on each side:
/// more than any stage looks past a line (a list under its header, a bio's last lines).
inline constexpr std::size_t k_window_context_lines = 200;

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

  /// Cleans a text input too large to hold whole (see k_text_stream_min_bytes), read from
  /// `source` in windows of whole paragraphs of about `window_bytes` (TextWindowReader), and
  /// calls `emit` with documents that follow the input in order: lines numbered as in the whole
  /// input, the metadata (language, title) of the whole text, and the lines kept by the stages
  /// before boilerplate (those they removed are left out). The stages before boilerplate judge
  /// each window with k_window_context_lines lines of the windows before and after it, and the
  /// duplicate stage with the headline and kept paragraphs of the windows before (WindowCopies);
  /// boilerplate and the stages after it judge runs of boilerplate::k_window_lines kept lines,
  /// the runs they judge in the whole text. So the kept lines are the whole text's (unless a
  /// stage's judgement reaches past the context, or the last run is under three lines).
  /// Memory: a few windows, one run of kept lines, and a few dozen bytes per distinct kept
  /// paragraph. False with `err` when the input is not text or cannot be read; stops early,
  /// without error, when `emit` returns false.
  bool clean_text_windows(ByteSource& source, std::string source_name, std::size_t window_bytes,
                          const std::function<bool(Document&)>& emit, std::string* err) const;

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
  /// Filter stages [first_stage, end_stage) over `doc`. With `copies` (`doc` a window of a
  /// larger text whose own blocks are [core_begin, core_end)), the duplicate stage sees the
  /// earlier windows through it. Returns how many blocks that view left at the top of `doc`:
  /// 0, unless the duplicate stage was the range's last (then nothing reads them, and taking them
  /// out would move every block of the window once more); the window's own blocks then start
  /// that much further on.
  std::size_t run_filters(Document& doc, std::size_t first_stage, std::size_t end_stage, WindowCopies* copies,
                          std::size_t core_begin, std::size_t core_end) const;
  /// The normalisers over the kept blocks [begin, end) of `doc`.
  void normalise(Document& doc, std::size_t begin, std::size_t end) const;
  /// The index in m_filters of the first stage called `name`, or m_filters.size().
  std::size_t stage_index(std::string_view name) const;
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
