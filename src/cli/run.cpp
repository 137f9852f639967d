// pith's command line: parse flags, build the pipeline once, run every input's records through
// one ordered parallel path (a single page is a batch of one), write, summarise, exit.
#include "cli/run.h"

#include <sys/stat.h>
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
#include "pith/batch/site_learning.h"
#include "pith/pipeline.h"
#include "pith/sites/profile_file.h"

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
  options.fields = {config.content_field, config.id_field, config.url_field, config.output_field, config.site_field};
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
    totals.add_site_removed(result.site, result.removed);
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

/// Every --sites file merged into one profile for `config`; false with `err` on a bad file.
bool load_profiles(const std::vector<std::string>& paths, pith::Config* config, std::string* err) {
  if (paths.empty()) return true;
  auto profile = std::make_shared<pith::sites::SiteProfile>();
  for (const std::string& path : paths)
    if (!pith::sites::load_profile_file(path, profile.get(), err)) return false;
  config->site_profile = std::move(profile);
  return true;
}

/// True when every input can be read a second time: no standard input, pipe or device. (An
/// input that does not exist fails in both passes, and is reported by the second.)
bool rereadable(const std::vector<InputFile>& inputs) {
  for (const InputFile& input : inputs) {
    struct stat st {};
    if (input.path == "-" || (::stat(input.path.c_str(), &st) == 0 && !S_ISREG(st.st_mode))) return false;
  }
  return true;
}

bool stage_on(const pith::Pipeline& pipeline, std::string_view name) {
  for (const pith::StageInfo& stage : pipeline.stages())
    if (stage.name == name) return stage.enabled;
  return false;
}

/// What a learning pass found, for the summary.
struct Learned {
  std::shared_ptr<pith::sites::SiteProfile> profile;
  pith::sites::LearnerStats stats;
  double seconds = 0;
  int status = k_exit_ok;
};

/// The learning pass over `paths`: records parsed on `jobs` workers, lines counted per site.
/// With `report_errors`, a record that fails is reported on stderr (and makes the status 1);
/// a two-pass run leaves that to its cleaning pass.
Learned learn(const pith::Pipeline& pipeline, const pith::Config& config, const std::vector<std::string>& paths,
              unsigned jobs, bool progress_on, bool report_errors) {
  Learned learned;
  pith::InputSequence sequence(paths, config.input_format, config.max_bytes);
  pith::RecordOutputOptions options = output_options(config, false, false);
  options.learn_sites = true;
  pith::RecordCleaner cleaner(pipeline, options);
  pith::sites::SiteLearner learner;
  Progress progress(progress_on && isatty(STDERR_FILENO), sequence.total_size(), "learning sites");
  RunTotals totals;
  auto start = std::chrono::steady_clock::now();
  pith::learn_sites(sequence, cleaner, jobs, learner, [&](const pith::Record& record, const pith::CleanedRecord& result) {
    ++totals.records_in;
    totals.bytes += result.bytes_in;
    if (report_errors && !result.error.empty()) {
      progress.clear();
      std::fprintf(stderr, "pith: %s: %s\n", record.name.c_str(), result.error.c_str());
      learned.status = k_exit_input_failed;
    }
    progress.update(totals, sequence.bytes_read());
  });
  progress.clear();
  learned.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  learned.stats = learner.stats();
  learned.profile = std::make_shared<pith::sites::SiteProfile>(learner.profile(config.site_min_records, config.site_min_share));
  return learned;
}

/// --learn-sites: learn from the inputs, merge any --sites profiles in, write the profile.
int learn_only(const RawOptions& raw, const pith::Config& config, const pith::Pipeline& pipeline,
               const std::vector<std::string>& paths, unsigned jobs) {
  Learned learned = learn(pipeline, config, paths, jobs, !raw.quiet, true);
  if (config.site_profile) learned.profile->merge(*config.site_profile);
  std::string err;
  if (raw.learn_sites == "-") {
    std::string text = pith::sites::profile_text(*learned.profile);
    if (std::fwrite(text.data(), 1, text.size(), stdout) != text.size() || std::fflush(stdout) != 0) {
      std::fprintf(stderr, "pith: standard output: write failed\n");
      return k_exit_input_failed;
    }
  } else if (!pith::sites::save_profile_file(raw.learn_sites, *learned.profile, &err)) {
    std::fprintf(stderr, "pith: %s\n", err.c_str());
    return k_exit_input_failed;
  }
  if (!raw.quiet) {
    std::fputs(learning_summary(learned.stats, learned.seconds).c_str(), stderr);
    std::fputs(site_summary(*learned.profile, nullptr).c_str(), stderr);
  }
  return learned.status;
}

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
  if (!to_config(raw, &config, &err) || !load_profiles(raw.sites, &config, &err)) {
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
  unsigned jobs = config.jobs ? config.jobs : std::max(1u, std::thread::hardware_concurrency());
  if (!raw.learn_sites.empty()) return learn_only(raw, config, *pipeline, paths, jobs);

  // site-repeat in a batch without a profile: a first pass learns one, when the inputs can be
  // read twice.
  bool site_repeat = stage_on(*pipeline, "site-repeat");
  bool two_pass = batch && site_repeat && !config.site_profile;
  std::string site_note;
  if (two_pass && !rereadable(inputs)) {
    two_pass = false;
    std::string why = "site-repeat learns in a first pass over the inputs and cleans in a second, and standard "
                      "input (or a pipe) cannot be read twice: learn a profile from a sample first "
                      "(pith --learn-sites sites.tsv sample.jsonl) and clean the stream with --sites sites.tsv";
    if (std::find(config.only.begin(), config.only.end(), "site-repeat") != config.only.end()) {
      std::fprintf(stderr, "pith: %s\n", why.c_str());
      return k_exit_usage;
    }
    site_note = "pith: nothing learned: " + why + "\n";
  }
  Learned learned;
  if (two_pass) {
    learned = learn(*pipeline, config, paths, jobs, report, false);
    config.site_profile = learned.profile;
    pipeline = pith::Pipeline::create(config, &err);
    if (!pipeline) {
      std::fprintf(stderr, "pith: %s\n", err.c_str());
      return k_exit_usage;
    }
  }

  pith::InputSequence sequence(std::move(paths), config.input_format, config.max_bytes);
  pith::RecordCleaner cleaner(*pipeline, output_options(config, raw.explain, raw.explain && use_color(raw.color)));
  OutputSink sink(std::move(out_paths));
  Progress progress(report && isatty(STDERR_FILENO), sequence.total_size());
  WriterState writer{sink, progress, sequence, {}, k_exit_ok, false};

  pith::RunnerSteps steps;
  steps.read = [&](pith::Record* record) { return !writer.sink_failed && sequence.next(record); };
  steps.work = [&](const pith::Record& record, pith::CleanedRecord* result) { cleaner.clean(record, result); };
  steps.write = [&](const pith::Record& record, const pith::CleanedRecord& result) { writer.write(record, result); };
  auto start = std::chrono::steady_clock::now();
  pith::run_ordered(steps, jobs, pith::default_window(jobs));
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();

  int status = writer.status;
  if (!sink.finish(&err)) {
    std::fprintf(stderr, "pith: %s\n", err.c_str());
    status = k_exit_input_failed;
  }
  progress.clear();
  if (report && !sink.reader_gone()) {
    std::string text = summary(writer.totals, seconds);
    if (two_pass) text += learning_summary(learned.stats, learned.seconds);
    if (site_repeat && config.site_profile) text += site_summary(*config.site_profile, &writer.totals);
    text += site_note;
    std::fputs(text.c_str(), stderr);
  }
  return status;
}

}  // namespace cli
