// pith's command line: parse flags, build the pipeline once, run every input's records through
// one ordered parallel path (a single page is a batch of one), write, summarise, exit.
#include "cli/run.h"

#include <unistd.h>

#include <atomic>
#include <chrono>
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <set>
#include <string>
#include <thread>

#include "cli/input_list.h"
#include "cli/options.h"
#include "cli/output_sink.h"
#include "cli/report.h"
#include "pith/batch/input_sequence.h"
#include "pith/batch/ordered_runner.h"
#include "pith/batch/output_path.h"
#include "pith/batch/record_cleaner.h"
#include "pith/pipeline.h"

namespace cli {

namespace {

constexpr int k_exit_ok = 0, k_exit_input_failed = 1, k_exit_usage = 2;

void print_stages(const pith::Pipeline& pipeline) {
  std::vector<pith::StageInfo> stages = pipeline.stages();
  std::size_t width = 0;
  for (const pith::StageInfo& stage : stages) width = std::max(width, stage.name.size());
  std::string out;
  for (const pith::StageInfo& stage : stages) {
    std::string kind = stage.is_filter ? "filter" : "normaliser";
    out += kind + std::string(12 - kind.size(), ' ');
    out += stage.name + std::string(width + 2 - stage.name.size(), ' ');
    out += stage.enabled ? "on   " : "off  ";
    out += stage.summary;
    // The column is this run's state; say so when flags moved a stage from its default.
    if (stage.enabled != stage.on_by_default) out += stage.on_by_default ? " [on by default]" : " [off by default]";
    out.push_back('\n');
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
}

/// The --help footer: every built-in stage by name, from the registries, so it cannot drift.
std::string help_footer() {
  std::string footer = "Filters (in pipeline order):";
  for (const pith::FilterEntry& entry : pith::filter_registry()) {
    footer += "\n  ";
    footer += entry.name;
    if (!entry.on_by_default) footer += " (off by default)";
  }
  footer += "\nNormalisers (in order):";
  for (const pith::NormalizerEntry& entry : pith::normalizer_registry()) {
    footer += "\n  ";
    footer += entry.name;
    if (!entry.on_by_default) footer += " (off by default)";
  }
  footer += "\nSee pith(1) and --list-filters for what each does.";
  return footer;
}

bool use_color(const std::string& mode) {
  if (mode == "always") return true;
  if (mode == "never") return false;
  const char* no_color = std::getenv("NO_COLOR");
  return isatty(STDOUT_FILENO) && (no_color == nullptr || *no_color == '\0');
}

bool is_record_format(pith::InputFormat format) {
  return format == pith::InputFormat::jsonl || format == pith::InputFormat::warc;
}

/// The file each input is written to under --output-dir; false with `err` when two inputs would
/// share one, or an output would overwrite its own input.
bool plan_outputs(const std::vector<InputFile>& inputs, const std::string& out_dir, pith::OutputFormat format,
                  std::vector<std::string>* paths, std::string* err) {
  namespace fs = std::filesystem;
  std::string_view extension = format == pith::OutputFormat::text ? ".txt" : ".jsonl";
  std::set<std::string> seen;
  for (const InputFile& input : inputs) {
    std::string path = pith::output_path(input.path, input.root, out_dir, extension);
    std::error_code ec;
    if (!seen.insert(fs::path(path).lexically_normal().string()).second) {
      *err = "--output-dir: two inputs would both be written to " + path;
      return false;
    }
    if (input.path != "-" && fs::exists(path, ec) && fs::equivalent(path, input.path, ec)) {
      *err = "--output-dir: " + path + " would overwrite its own input";
      return false;
    }
    paths->push_back(std::move(path));
  }
  return true;
}

pith::RecordOutputOptions output_options(const pith::Config& config, bool explain, bool color) {
  pith::RecordOutputOptions options;
  options.format = config.format;
  options.explain = explain;
  options.color = color;
  options.fields = {config.content_field, config.id_field, config.url_field, config.output_field};
  if (config.content_format == pith::InputFormat::html) options.content_kind = pith::InputKind::html;
  if (config.content_format == pith::InputFormat::text) options.content_kind = pith::InputKind::text;
  return options;
}

/// Everything the writer step touches; only one thread writes at a time, in input order.
struct WriterState {
  OutputSink& sink;
  Progress& progress;
  const pith::InputSequence& inputs;
  RunTotals totals;
  int status = k_exit_ok;
  /// Set by the writer when output fails; the reader then stops, so no more inputs are cleaned.
  std::atomic<bool> sink_failed = false;

  void write(const pith::Record& record, const pith::CleanedRecord& result) {
    if (result.skipped) {
      ++totals.skipped;
    } else {
      ++totals.records_in;
      if (result.error.empty()) ++totals.records_out;
      else ++totals.errors;
    }
    totals.bytes += result.bytes_in;
    totals.add_removed(result.removed);
    if (!result.error.empty()) {
      progress.clear();
      std::fprintf(stderr, "pith: %s: %s\n", record.name.c_str(), result.error.c_str());
      status = k_exit_input_failed;
    }
    std::string err;
    if (!sink_failed && !result.output.empty() && !sink.write(record.input, result.output, &err)) {
      sink_failed = true;  // one message, not one per record
      if (sink.reader_gone()) return;  // `pith ... | head -1`: quiet, like any filter in a pipe
      progress.clear();
      std::fprintf(stderr, "pith: %s\n", err.c_str());
      status = k_exit_input_failed;
    }
    progress.update(totals, inputs.bytes_read());
  }
};

}  // namespace

int run(int argc, char** argv) {
  CLI::App app{"pith: clean article text out of scraped news pages and text dumps", "pith"};
  app.set_version_flag("-V,--version", std::string("pith ") + PITH_VERSION);
  app.footer(help_footer());
  RawOptions raw;
  define_options(app, raw);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? k_exit_ok : k_exit_usage;
  }

  pith::Config config;
  std::string err;
  if (!to_config(raw, &config, &err)) {
    std::fprintf(stderr, "pith: %s\n", err.c_str());
    return k_exit_usage;
  }
  std::unique_ptr<pith::Pipeline> pipeline = pith::Pipeline::create(config, &err);
  if (!pipeline) {
    std::fprintf(stderr, "pith: %s\n", err.c_str());
    return k_exit_usage;
  }
  if (raw.list_filters) {
    print_stages(*pipeline);
    return k_exit_ok;
  }

  std::vector<InputFile> inputs;
  std::vector<std::string> out_paths;
  if (!expand_inputs(raw.inputs, raw.recursive, raw.globs, &inputs, &err) ||
      (!raw.output_dir.empty() && !plan_outputs(inputs, raw.output_dir, config.format, &out_paths, &err))) {
    std::fprintf(stderr, "pith: %s\n", err.c_str());
    return k_exit_usage;
  }
  // A summary is for batches; cleaning one page prints nothing but the page.
  bool batch = is_record_format(config.input_format) || inputs.size() > 1 || !raw.output_dir.empty() ||
               raw.recursive;
  bool report = batch && !raw.quiet;

  std::vector<std::string> paths;
  for (const InputFile& input : inputs) paths.push_back(input.path);
  bool flush_each = reads_stream(paths);  // a co-process: each answer goes out as it is written
  pith::InputSequence sequence(std::move(paths), config.input_format, config.max_bytes);
  pith::RecordCleaner cleaner(*pipeline, output_options(config, raw.explain, raw.explain && use_color(raw.color)));
  OutputSink sink(std::move(out_paths), flush_each);
  Progress progress(report && isatty(STDERR_FILENO), sequence.total_size());
  WriterState writer{sink, progress, sequence, {}, k_exit_ok, false};

  pith::RunnerSteps steps;
  steps.read = [&](pith::Record* record) { return !writer.sink_failed && sequence.next(record); };
  steps.work = [&](const pith::Record& record, pith::CleanedRecord* result) { cleaner.clean(record, result); };
  steps.write = [&](const pith::Record& record, const pith::CleanedRecord& result) { writer.write(record, result); };
  unsigned jobs = config.jobs ? config.jobs : std::max(1u, std::thread::hardware_concurrency());
  auto start = std::chrono::steady_clock::now();
  pith::run_ordered(steps, jobs, pith::default_window(jobs));
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();

  int status = writer.status;
  if (!sink.finish(&err)) {
    std::fprintf(stderr, "pith: %s\n", err.c_str());
    status = k_exit_input_failed;
  }
  progress.clear();
  if (report && !sink.reader_gone()) std::fputs(summary(writer.totals, seconds).c_str(), stderr);
  return status;
}

}  // namespace cli
