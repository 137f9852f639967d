// pith's command line: parse flags, build the pipeline once, clean each input, write, exit.
#include "cli/run.h"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <string>

#include "cli/input_file.h"
#include "cli/options.h"
#include "pith/output/writers.h"
#include "pith/pipeline.h"

namespace cli {

namespace {

constexpr int k_exit_ok = 0, k_exit_input_failed = 1, k_exit_usage = 2;

void print_stages(const pith::Pipeline& pipeline) {
  std::string out;
  for (const pith::StageInfo& stage : pipeline.stages()) {
    char line[96];
    std::snprintf(line, sizeof line, "%-11s %-16s %-4s ", stage.is_filter ? "filter" : "normaliser",
                  stage.name.c_str(), stage.enabled ? "on" : "off");
    out += line;
    out += stage.summary;
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

/// Large inputs must not wait on a full output buffer: write each document as it is done.
void emit(const std::string& out) { std::fwrite(out.data(), 1, out.size(), stdout); }

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

  std::vector<std::string> inputs = raw.inputs;
  if (inputs.empty()) inputs.push_back("-");
  bool color = raw.explain && use_color(raw.color);
  int status = k_exit_ok;
  std::string bytes, out;
  for (const std::string& input : inputs) {
    pith::Document doc;
    // Compressed input may be several times --max-bytes on disk; the cap applies after decoding.
    if (!read_input(input, config.max_bytes * 4 + 1024, &bytes, &err) ||
        !pipeline->clean(bytes, input, &doc, &err)) {
      std::fprintf(stderr, "pith: %s: %s\n", input == "-" ? "<stdin>" : input.c_str(), err.c_str());
      status = k_exit_input_failed;
      continue;
    }
    out.clear();
    if (raw.explain) pith::write_explain(doc, color, out);
    else if (config.format == pith::OutputFormat::json) pith::write_json_pretty(doc, out);
    else if (config.format == pith::OutputFormat::jsonl) pith::write_json_line(doc, out);
    else pith::write_text(doc, out);
    emit(out);
  }
  if (std::fflush(stdout) != 0 && status == k_exit_ok) status = k_exit_input_failed;
  return status;
}

}  // namespace cli
