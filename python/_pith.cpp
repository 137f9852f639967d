// pith._pith: the compiled half of the Python module. It exposes pith's library as it is (options
// checked into a Config, a Pipeline, the batch RecordCleaner, the ordered runner, the JSON writer);
// the friendly surface (keyword arguments, dicts, generators) is python/pith/__init__.py.
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <exception>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "pith/batch/ordered_runner.h"
#include "pith/batch/record_cleaner.h"
#include "pith/config_options.h"
#include "pith/input/decompress.h"
#include "pith/pipeline.h"

namespace py = pybind11;

namespace {

/// A document that cannot be cleaned (binary, corrupt compression, over max_bytes): pith.Error.
struct CleanError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

/// "auto", "html" or "text" as the kind a document is read as (unset: sniffed).
std::optional<pith::InputKind> kind_of(const std::string& input_format) {
  if (input_format == "html") return pith::InputKind::html;
  if (input_format == "text") return pith::InputKind::text;
  if (input_format == "auto") return std::nullopt;
  throw py::value_error("input_format: '" + input_format + "' is not one of auto, html, text");
}

/// The bytes of `content`: bytes as they are, str as UTF-8. A str with lone surrogates (as
/// `surrogateescape` decoding leaves) keeps them as invalid UTF-8, which pith repairs like any input.
std::string content_bytes(const py::handle& content) {
  if (PyBytes_Check(content.ptr())) return std::string(py::reinterpret_borrow<py::bytes>(content));
  if (!PyUnicode_Check(content.ptr())) throw py::type_error("content: expected str or bytes");
  Py_ssize_t size = 0;
  if (const char* utf8 = PyUnicode_AsUTF8AndSize(content.ptr(), &size)) return std::string(utf8, static_cast<std::size_t>(size));
  PyErr_Clear();
  py::object encoded = py::reinterpret_steal<py::object>(
      PyUnicode_AsEncodedString(content.ptr(), "utf-8", "surrogatepass"));
  if (!encoded) throw py::error_already_set();
  return std::string(py::reinterpret_borrow<py::bytes>(encoded));
}

/// A Record for one document: the caller's bytes, URL and kind.
pith::Record document_record(std::string bytes, std::string url, std::optional<pith::InputKind> kind) {
  pith::Record record;
  record.kind = pith::RecordKind::document;
  record.bytes = std::move(bytes);
  record.url = std::move(url);
  record.content_kind = kind;
  return record;
}

/// A built pipeline and the record cleaner over it, shared by a Cleaner and its streams.
class Engine {
 public:
  explicit Engine(std::unique_ptr<pith::Pipeline> pipeline)
      : m_pipeline(std::move(pipeline)), m_cleaner(*m_pipeline, json_output(m_pipeline->config())) {}

  /// Cleans one document record as the CLI cleans a file: decompressed first when its bytes are
  /// gzip or zstd, then one JSON object (with a final newline) in `result->output`, or `result->error`.
  void clean(const pith::Record& record, pith::CleanedRecord* result) const {
    if (pith::detect_compression(record.bytes) == pith::Compression::none) {
      m_cleaner.clean(record, result);
      return;
    }
    pith::Record plain = record;
    std::string err;
    if (!pith::decompress(record.bytes, m_pipeline->config().max_bytes, &plain.bytes, &err)) {
      *result = pith::CleanedRecord{};
      result->error = err;
      return;
    }
    m_cleaner.clean(plain, result);
  }

  const pith::Pipeline& pipeline() const { return *m_pipeline; }

 private:
  static pith::RecordOutputOptions json_output(const pith::Config& config) {
    pith::RecordOutputOptions options;
    options.format = pith::OutputFormat::jsonl;
    options.markdown_member = config.json_markdown;
    return options;
  }

  std::unique_ptr<pith::Pipeline> m_pipeline;
  pith::RecordCleaner m_cleaner;
};

/// Results of Cleaner.clean_many, made on pith's threads and handed to Python in input order.
/// A driver thread runs pith::run_ordered: its read step takes the GIL to pull the next item from
/// the Python iterator, its workers clean without the GIL, and its write step queues each result
/// for __next__. The queue and the runner's window bound memory, however long the iterable.
class Stream {
 public:
  /// One result: the JSON object, or the reason the document failed.
  using Result = std::pair<std::optional<std::string>, std::optional<std::string>>;

  Stream(std::shared_ptr<const Engine> engine, py::iterator items, unsigned jobs)
      : m_engine(std::move(engine)), m_items(std::move(items)) {
    if (jobs == 0) jobs = std::max(1u, std::thread::hardware_concurrency());
    std::size_t window = pith::default_window(jobs);
    m_capacity = window;
    m_steps.read = [this](pith::Record* record) { return read(record); };
    m_steps.work = [this](const pith::Record& record, pith::CleanedRecord* result) { m_engine->clean(record, result); };
    m_steps.write = [this](const pith::Record&, const pith::CleanedRecord& result) { write(result); };
    m_driver = std::thread([this, jobs, window] {
      pith::run_ordered(m_steps, jobs, window);
      std::lock_guard<std::mutex> lock(m_mutex);
      m_done = true;
      m_ready.notify_all();
    });
  }

  ~Stream() { close(); }
  Stream(const Stream&) = delete;
  Stream& operator=(const Stream&) = delete;

  /// The next result in input order; StopIteration once every item is answered, or the
  /// exception the iterable raised, after the results of the items before it.
  Result next() {
    std::unique_lock<std::mutex> lock(m_mutex, std::defer_lock);
    for (;;) {
      {
        py::gil_scoped_release release;
        lock.lock();
        // Wake now and then to let Python see Ctrl-C while a slow document is cleaned.
        m_ready.wait_for(lock, std::chrono::milliseconds(100), [&] { return !m_results.empty() || m_done; });
        if (!m_results.empty()) {
          Result result = std::move(m_results.front());
          m_results.pop_front();
          m_space.notify_all();
          lock.unlock();
          return result;
        }
        bool done = m_done;
        lock.unlock();
        if (done) break;
      }
      if (PyErr_CheckSignals() != 0) throw py::error_already_set();
    }
    close();
    if (m_failure) std::rethrow_exception(std::exchange(m_failure, nullptr));
    throw py::stop_iteration();
  }

  /// Stops reading items, lets the documents in flight finish, and joins pith's threads.
  void close() {
    {
      std::lock_guard<std::mutex> lock(m_mutex);
      m_cancelled = true;
      m_space.notify_all();
    }
    if (m_driver.joinable()) {
      py::gil_scoped_release release;  // the read step may be waiting for the GIL
      m_driver.join();
    }
  }

 private:
  bool read(pith::Record* record) {
    if (cancelled()) return false;
    py::gil_scoped_acquire gil;
    if (cancelled()) return false;
    try {
      py::object item = py::reinterpret_steal<py::object>(PyIter_Next(m_items.ptr()));
      if (!item) {
        if (PyErr_Occurred()) throw py::error_already_set();
        return false;
      }
      py::tuple fields = item.cast<py::tuple>();
      if (fields.size() != 3) throw py::type_error("clean_many: expected (content, url, input_format) items");
      std::string url = fields[1].is_none() ? std::string() : fields[1].cast<std::string>();
      *record = document_record(content_bytes(fields[0]), std::move(url), kind_of(fields[2].cast<std::string>()));
      return true;
    } catch (...) {
      // Raised to the caller after the results of the items read before this one.
      m_failure = std::current_exception();
      return false;
    }
  }

  void write(const pith::CleanedRecord& result) {
    std::unique_lock<std::mutex> lock(m_mutex);
    m_space.wait(lock, [&] { return m_results.size() < m_capacity || m_cancelled; });
    if (m_cancelled) return;
    if (result.error.empty()) m_results.emplace_back(result.output, std::nullopt);
    else m_results.emplace_back(std::nullopt, result.error);
    m_ready.notify_all();
  }

  bool cancelled() {
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_cancelled;
  }

  std::shared_ptr<const Engine> m_engine;
  py::iterator m_items;
  pith::RunnerSteps m_steps;
  std::thread m_driver;
  std::exception_ptr m_failure;  ///< set by the read step, rethrown by next()
  std::mutex m_mutex;
  std::condition_variable m_ready;  ///< a result was queued, or the run ended
  std::condition_variable m_space;  ///< a result was taken, or the stream was closed
  std::deque<Result> m_results;
  std::size_t m_capacity = 1;
  bool m_done = false;
  bool m_cancelled = false;
};

/// pith._pith.Cleaner: options checked once, a pipeline built once, then any number of documents.
class Cleaner {
 public:
  Cleaner(std::vector<std::string> disable, std::vector<std::string> only, std::vector<std::string> keep,
          std::vector<std::string> drop, std::vector<std::string> rules, bool nfkc, bool ascii_punct,
          std::string max_bytes, bool with_markdown, float boilerplate_threshold) {
    pith::ConfigOptions options;
    options.with_markdown = with_markdown;
    options.boilerplate_threshold = boilerplate_threshold;
    options.disable = std::move(disable);
    options.only = std::move(only);
    options.keep = std::move(keep);
    options.drop = std::move(drop);
    options.rules = std::move(rules);
    options.nfkc = nfkc;
    options.ascii_punct = ascii_punct;
    options.max_bytes = std::move(max_bytes);
    options.format = "jsonl";
    pith::Config config;
    pith::OptionError option_err;
    if (!pith::to_config(options, &config, &option_err))
      throw py::value_error(option_err.option + ": " + option_err.reason);
    check_stage_names(config);
    std::string err;
    std::unique_ptr<pith::Pipeline> pipeline = pith::Pipeline::create(config, &err);
    if (!pipeline) throw py::value_error(err);
    m_engine = std::make_shared<const Engine>(std::move(pipeline));
  }

  /// One document's JSON object; raises CleanError when it cannot be cleaned.
  std::string clean(const py::object& content, const std::optional<std::string>& url,
                    const std::string& input_format) const {
    pith::Record record = document_record(content_bytes(content), url.value_or(""), kind_of(input_format));
    pith::CleanedRecord result;
    {
      py::gil_scoped_release release;
      m_engine->clean(record, &result);
    }
    if (!result.error.empty()) throw CleanError(result.error);
    return std::move(result.output);
  }

  std::unique_ptr<Stream> stream(py::iterator items, unsigned jobs) const {
    return std::make_unique<Stream>(m_engine, std::move(items), jobs);
  }

  /// Every stage in pipeline order: (name, kind, enabled, summary).
  std::vector<std::tuple<std::string, std::string, bool, std::string>> stages() const {
    std::vector<std::tuple<std::string, std::string, bool, std::string>> out;
    for (const pith::StageInfo& stage : m_engine->pipeline().stages())
      out.emplace_back(stage.name, stage.is_filter ? "filter" : "normaliser", stage.enabled, stage.summary);
    return out;
  }

 private:
  /// Names in `disable` and `only` must be stages of this pipeline (built-in or from the rules
  /// files); the ValueError names the option that holds the unknown one.
  static void check_stage_names(const pith::Config& config) {
    pith::Config bare = config;
    bare.disabled.clear();
    bare.only.clear();
    std::string err;
    std::unique_ptr<pith::Pipeline> pipeline = pith::Pipeline::create(bare, &err);
    if (!pipeline) throw py::value_error("rules: " + err);
    std::vector<pith::StageInfo> stages = pipeline->stages();
    for (const auto& [option, names] : {std::pair{"disable", &config.disabled}, std::pair{"only", &config.only}})
      for (const std::string& name : *names)
        if (std::none_of(stages.begin(), stages.end(), [&](const pith::StageInfo& s) { return s.name == name; }))
          throw py::value_error(std::string(option) + ": unknown filter or normaliser '" + name + "'");
  }

  std::shared_ptr<const Engine> m_engine;
};

}  // namespace

PYBIND11_MODULE(_pith, module) {
  module.doc() = "pith's library as it is; use the pith package, which wraps it.";
  py::register_exception<CleanError>(module, "Error", PyExc_Exception);

  py::class_<Stream>(module, "Stream")
      .def("__iter__", [](Stream& self) -> Stream& { return self; })
      .def("__next__", &Stream::next)
      .def("close", &Stream::close);

  py::class_<Cleaner>(module, "Cleaner")
      .def(py::init<std::vector<std::string>, std::vector<std::string>, std::vector<std::string>,
                    std::vector<std::string>, std::vector<std::string>, bool, bool, std::string, bool, float>(),
           py::arg("disable"), py::arg("only"), py::arg("keep"), py::arg("drop"), py::arg("rules"), py::arg("nfkc"),
           py::arg("ascii_punct"), py::arg("max_bytes"), py::arg("with_markdown"), py::arg("boilerplate_threshold"))
      .def("clean", &Cleaner::clean, py::arg("content"), py::arg("url"), py::arg("input_format"))
      .def("stream", &Cleaner::stream, py::arg("items"), py::arg("jobs"))
      .def("stages", &Cleaner::stages);
}
