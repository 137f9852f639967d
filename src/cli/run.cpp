// pith's command line: parse flags, build the pipeline once, run every input's records through
// one ordered parallel path (a single page is a batch of one), write, summarise, exit.
#include "cli/run.h"

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <cstdlib>
#include <filesystem>
#include <set>
#include <string>
#include <thread>

#include "cli/hints.h"
#include "cli/html_report.h"
#include "cli/input_list.h"
#include "cli/options.h"
#include "cli/output_sink.h"
#include "cli/record_writer.h"
#include "cli/report.h"
#include "pith/batch/format_sniff.h"
#include "cli/stop_signal.h"
#include "cli/text_stream.h"
#include "pith/batch/input_sequence.h"
#include "pith/batch/ordered_runner.h"
#include "pith/batch/output_path.h"
#include "pith/batch/record_cleaner.h"
#include "pith/batch/site_learning.h"
#include "pith/html/extraction_stages.h"
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

/// True when the run's output is one document as plain text: a single file (not standard input,
/// whose first bytes cannot be looked at twice) that is not sniffed as JSON Lines or WARC, with
/// no --format, --explain or --report. Such output shows no removal's reason, so none need be
/// spelled out (about 7% of the instructions on a 4 MB article dump, mostly the boilerplate
/// model's reasons).
bool writes_one_text(const RawOptions& raw, const pith::Config& config, const std::vector<InputFile>& inputs) {
  if (!raw.format.empty() || raw.explain || !raw.report.empty() || inputs.size() != 1 || raw.recursive ||
      !raw.output_dir.empty() || inputs[0].path == "-")
    return false;
  if (is_record_format(config.input_format)) return false;
  return config.input_format != pith::InputFormat::detect || !is_record_format(pith::sniff_file(inputs[0].path).format);
}

/// The file each input is written to under --output-dir; false with `err` when two inputs would
/// share one, or an output would overwrite its own input.
bool plan_outputs(const std::vector<InputFile>& inputs, const std::string& out_dir, const RawOptions& raw,
                  const pith::Config& config, std::vector<std::string>* paths, std::string* err) {
  namespace fs = std::filesystem;
  std::set<std::string> seen;
  for (const InputFile& input : inputs) {
    // Without -f, records come out as JSON Lines and documents as text: -i auto looks first.
    pith::OutputFormat format = config.format;
    if (raw.format.empty() && config.input_format == pith::InputFormat::detect && input.path != "-")
      format = is_record_format(pith::sniff_file(input.path).format) ? pith::OutputFormat::jsonl : pith::OutputFormat::text;
    std::string_view extension = format == pith::OutputFormat::text       ? ".txt"
                                 : format == pith::OutputFormat::markdown ? ".md"
                                 : format == pith::OutputFormat::json     ? ".json"
                                                                          : ".jsonl";
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

/// A command line CLI11 would not take: for an unknown option, the nearest known one.
int parse_failure(const CLI::App& app, const CLI::ParseError& error) {
  if (error.get_exit_code() == 0) return app.exit(error) == 0 ? k_exit_ok : k_exit_usage;  // --help, --version
  std::vector<std::string> unknown;
  if (dynamic_cast<const CLI::ExtrasError*>(&error))
    for (const std::string& arg : app.remaining())
      if (arg.size() > 1 && arg[0] == '-') unknown.push_back(arg);
  if (unknown.empty()) {
    // CLI11's own wording ("--rules: File does not exist: x.toml"), in pith's error form.
    std::string message = error.what();
    if (std::size_t at = message.find("File does not exist"); at != std::string::npos)
      message.replace(at, std::strlen("File does not exist"), "no such file");
    std::fprintf(stderr, "pith: %s\nRun with --help for the options.\n", message.c_str());
    return k_exit_usage;
  }
  std::vector<std::string> known;
  for (const CLI::Option* option : app.get_options())
    for (const std::string& name : option->get_lnames()) known.push_back("--" + name);
  for (const std::string& arg : unknown) {
    std::string nearest = nearest_option(arg, known);
    std::string line = "pith: unknown option " + arg + (nearest.empty() ? "" : "; did you mean " + nearest + "?");
    std::fprintf(stderr, "%s\n", line.c_str());
  }
  std::fputs("Run with --help for the options.\n", stderr);
  return k_exit_usage;
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
Learned learn(const pith::Pipeline& pipeline, const RawOptions& raw, const pith::Config& config,
              const std::vector<std::string>& paths, unsigned jobs, bool progress_on, bool report_errors) {
  Learned learned;
  pith::InputSequence sequence(paths, config.input_format, config.max_bytes);
  pith::RecordOutputOptions options = output_options(raw, config, false, false);
  options.learn_sites = true;
  options.collect_removed = false;
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
  Learned learned = learn(pipeline, raw, config, paths, jobs, !raw.quiet, true);
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

/// For a stage name --disable or --only got wrong ("shares"), the nearest built-in one, as a
/// hint to follow the pipeline's message; "" when every name is known or none is near.
std::string stage_hint(const pith::Config& config) {
  std::string err;
  std::unique_ptr<pith::Pipeline> defaults = pith::Pipeline::create(pith::Config{}, &err);
  if (!defaults) return {};
  std::vector<std::string> known;
  for (const pith::StageInfo& stage : defaults->stages()) known.push_back(stage.name);
  for (const auto* names : {&config.disabled, &config.only})
    for (const std::string& name : *names) {
      if (std::find(known.begin(), known.end(), name) != known.end()) continue;
      std::string nearest = nearest_option(name, known);
      if (!nearest.empty()) return "; did you mean " + nearest + "?";
    }
  return {};
}

/// The pipeline `config` asks for; nullptr after saying on stderr why it cannot be built (a
/// stage name that is not known, with the nearest known one as a hint).
std::unique_ptr<pith::Pipeline> create_pipeline(const pith::Config& config) {
  std::string err;
  std::unique_ptr<pith::Pipeline> pipeline = pith::Pipeline::create(config, &err);
  if (!pipeline) std::fprintf(stderr, "pith: %s%s\n", err.c_str(), stage_hint(config).c_str());
  return pipeline;
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
    return parse_failure(app, e);
  }
  note_given(app, raw);
  for (const std::string& warning : flag_warnings(raw)) std::fprintf(stderr, "%s\n", warning.c_str());

  pith::Config config;
  std::string err;
  if (!to_config(raw, &config, &err)) {
    std::fprintf(stderr, "pith: %s\n", err.c_str());
    return k_exit_usage;
  }
  std::unique_ptr<pith::Pipeline> pipeline = create_pipeline(config);
  if (!pipeline) return k_exit_usage;
  if (raw.list_filters) {
    print_stages(*pipeline);
    return k_exit_ok;
  }

  std::vector<InputFile> inputs;
  std::vector<std::string> out_paths;
  if (!expand_inputs(raw.inputs, raw.recursive, raw.globs, &inputs, &err) ||
      (!raw.output_dir.empty() && !plan_outputs(inputs, raw.output_dir, raw, config, &out_paths, &err))) {
    std::fprintf(stderr, "pith: %s\n", err.c_str());
    return k_exit_usage;
  }
  // The report file is opened now, so a path that cannot be written stops the run before work.
  std::FILE* report_file = nullptr;
  if (!raw.report.empty() && !(report_file = std::fopen(raw.report.c_str(), "w"))) {
    std::fprintf(stderr, "pith: --report %s: %s\n", raw.report.c_str(), std::strerror(errno));
    return k_exit_usage;
  }
  // A summary is for batches; cleaning one page prints nothing but the page. An input sniffed
  // as JSON Lines or WARC makes a batch of what looked like one page.
  bool several = inputs.size() > 1 || raw.recursive;
  bool batch = is_record_format(config.input_format) || several || !raw.output_dir.empty();
  if (config.removal_reasons && writes_one_text(raw, config, inputs)) {
    config.removal_reasons = false;
    pipeline = create_pipeline(config);
    if (!pipeline) return k_exit_usage;
  }

  // One large text file: cleaned in windows, so memory does not grow with the file. Its plain
  // text shows no removal's reason: writes_one_text(), or --format text, has turned them off.
  if (streams_text(raw, config, inputs)) return clean_streamed(*pipeline, raw, inputs[0].path);

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
    learned = learn(*pipeline, raw, config, paths, jobs, !raw.quiet, false);
    config.site_profile = learned.profile;
    pipeline = create_pipeline(config);
    if (!pipeline) return k_exit_usage;
  }

  bool flush_each = reads_stream(paths);  // a co-process: each answer goes out as it is written
  pith::InputSequence sequence(std::move(paths), config.input_format, config.max_bytes);
  bool color = raw.explain && use_color(raw.color);
  pith::RecordCleaner cleaner(*pipeline, output_options(raw, config, color, several));
  OutputSink sink(std::move(out_paths), flush_each);
  Progress progress(!raw.quiet && progress_allowed(isatty(STDERR_FILENO), isatty(STDOUT_FILENO), raw.output_dir.empty()),
                    sequence.total_size());
  RecordWriter writer(sink, progress, sequence, writer_settings(raw, config, color, several, batch));

  pith::RunnerSteps steps;
  // On SIGINT or SIGTERM the reader stops; records already read are cleaned and written whole.
  // A lone input sniffed as JSON Lines or WARC is a batch too, known only at its first record.
  bool catching = batch;
  if (catching) catch_stop_signals();
  steps.read = [&](pith::Record* record) {
    if (writer.sink_failed() || stop_signal() || !sequence.next(record)) return false;
    if (!catching && record->kind != pith::RecordKind::document) {
      catch_stop_signals();
      catching = true;
    }
    return true;
  };
  steps.work = [&](const pith::Record& record, pith::CleanedRecord* result) { cleaner.clean(record, result); };
  steps.write = [&](const pith::Record& record, const pith::CleanedRecord& result) { writer.write(record, result); };
  auto start = std::chrono::steady_clock::now();
  pith::run_ordered(steps, jobs, pith::default_window(jobs));
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();

  writer.finish();
  int status = writer.status();
  if (stop_signal()) {
    sink.abandon();  // the input being read is incomplete: no file for it, none for the rest
    progress.clear();
    std::fprintf(stderr, "pith: stopped by signal %d after %zu records\n", stop_signal(), writer.totals().records_in);
    status = 128 + stop_signal();
  } else if (!sink.finish(&err)) {
    std::fprintf(stderr, "pith: %s\n", err.c_str());
    status = k_exit_input_failed;
  }
  progress.clear();
  std::vector<std::string> stage_order;  // a page's extraction stages run before the filters
  for (const pith::html::ExtractionStage& stage : pith::html::extraction_stages()) stage_order.emplace_back(stage.name);
  for (const pith::StageInfo& stage : pipeline->stages()) stage_order.push_back(stage.name);
  if (!raw.quiet && (batch || writer.saw_records()) && !sink.reader_gone()) {
    std::string destination = text_destination(raw, config, writer.saw_jsonl(), writer.saw_warc());
    std::string text = summary(writer.totals(), seconds, stage_order, destination);
    // Records that name no site (plain files) teach site-repeat nothing: then there is nothing to say.
    bool learned_nothing = two_pass && learned.stats.sites == 0;
    if (two_pass && !learned_nothing) text += learning_summary(learned.stats, learned.seconds);
    if (site_repeat && config.site_profile && !learned_nothing)
      text += site_summary(*config.site_profile, &writer.totals());
    text += site_note;
    std::fputs(text.c_str(), stderr);
  }
  if (report_file) {
    ReportContext context{paths, stage_order, seconds, PITH_VERSION};
    std::string page = html_report(writer.totals(), writer.diagnostics().kinds(), context);
    bool written = std::fwrite(page.data(), 1, page.size(), report_file) == page.size();
    if (std::fclose(report_file) != 0 || !written) {
      std::fprintf(stderr, "pith: --report %s: %s\n", raw.report.c_str(), std::strerror(errno));
      status = k_exit_input_failed;
    }
  }
  return status;
}

}  // namespace cli
