// pith as a co-process: records written one at a time on a pipe that stays open, each answer read
// before the next record is sent. Every wait has a deadline, so a regression fails instead of hanging.
#include <catch2/catch.hpp>
#include <simdjson.h>

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <stdexcept>
#include <string>
#include <vector>

#include "unit/limited_run.h"
#include "unit/test_support.h"

namespace {

using Clock = std::chrono::steady_clock;

/// A pith child with its standard input and output on pipes the test holds.
class CoProcess {
 public:
  explicit CoProcess(const std::vector<std::string>& args) {
    int in_pipe[2], out_pipe[2];
    if (pipe2(in_pipe, O_CLOEXEC) || pipe2(out_pipe, O_CLOEXEC)) throw std::runtime_error("pipe failed");
    m_pid = fork();
    if (m_pid < 0) throw std::runtime_error("fork failed");
    if (m_pid == 0) {
      dup2(in_pipe[0], 0);
      dup2(out_pipe[1], 1);
      int null_fd = open("/dev/null", O_WRONLY);
      dup2(null_fd, 2);
      pith::test::exec_pith(args);
    }
    close(in_pipe[0]);
    close(out_pipe[1]);
    m_in = in_pipe[1];
    m_out = out_pipe[0];
    signal(SIGPIPE, SIG_IGN);
  }
  ~CoProcess() {
    close_input();
    if (m_out >= 0) close(m_out);
    if (m_pid > 0) {
      kill(m_pid, SIGKILL);
      waitpid(m_pid, nullptr, 0);
    }
  }

  void send(const std::string& bytes) {
    if (write(m_in, bytes.data(), bytes.size()) != static_cast<ssize_t>(bytes.size()))
      throw std::runtime_error("write to pith failed");
  }

  /// The next line of output (without "\n"), or "<timeout>" / "<eof>" when none comes in time.
  std::string read_line(std::chrono::seconds timeout) {
    auto deadline = Clock::now() + timeout;
    for (;;) {
      std::size_t newline = m_buffer.find('\n');
      if (newline != std::string::npos) {
        std::string line = m_buffer.substr(0, newline);
        m_buffer.erase(0, newline + 1);
        return line;
      }
      auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
      if (left <= 0) return "<timeout>";
      pollfd fd{m_out, POLLIN, 0};
      if (poll(&fd, 1, static_cast<int>(left)) <= 0) continue;
      char chunk[4096];
      ssize_t n = read(m_out, chunk, sizeof chunk);
      if (n <= 0) return "<eof>";
      m_buffer.append(chunk, static_cast<std::size_t>(n));
    }
  }

  void close_input() {
    if (m_in >= 0) close(m_in);
    m_in = -1;
  }

  /// The exit status once the child ends, or -1 when it has not ended by the deadline.
  int wait_exit(std::chrono::seconds timeout) {
    auto deadline = Clock::now() + timeout;
    while (Clock::now() < deadline) {
      int status = 0;
      if (waitpid(m_pid, &status, WNOHANG) == m_pid) {
        m_pid = -1;
        return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
      }
      usleep(10000);
    }
    return -1;
  }

 private:
  pid_t m_pid = -1;
  int m_in = -1, m_out = -1;
  std::string m_buffer;
};

/// Generous: the answer to one short record takes milliseconds; sanitizer builds are slower.
std::chrono::seconds answer_timeout() { return std::chrono::seconds(pith::test::sanitized() ? 60 : 20); }

}  // namespace

TEST_CASE("pith -i jsonl answers each record while standard input stays open", "[cli][coprocess]") {
  struct Case {
    std::vector<std::string> args;
  };
  const std::vector<Case> cases = {
      {{"-i", "jsonl", "-q", "-j", "1"}},
      {{"-i", "jsonl", "-q", "-j", "4"}},
      {{"-i", "jsonl", "-q", "--format", "text"}},
  };
  struct Record {
    std::string line;
    std::string id;
    std::string text;  ///< the cleaned text; empty for a record that fails
  };
  const std::vector<Record> records = {
      {R"({"id": "a", "text": "The council met on Tuesday.\nAdvertisement\nIt approved the budget."})", "a",
       "The council met on Tuesday.\nIt approved the budget."},
      {R"({"id": "b", "text": "Rain is expected over the weekend.\nShare this:"})", "b",
       "Rain is expected over the weekend."},
      {R"({"id": "c"})", "c", ""},  // no content: an error record, still answered at once
      {R"({"id": "d", "text": "Der Rat tagte am Dienstag.\nAnzeige\nEr beschloss den Haushalt."})", "d",
       "Der Rat tagte am Dienstag.\nEr beschloss den Haushalt."},
  };
  for (const Case& c : cases) {
    CAPTURE(c.args);
    bool text_out = c.args.back() == "text";
    CoProcess pith(c.args);
    for (const Record& record : records) {
      CAPTURE(record.line);
      pith.send(record.line + "\n");
      std::string answer = pith.read_line(answer_timeout());
      REQUIRE(answer != "<timeout>");
      REQUIRE(answer != "<eof>");
      if (text_out && record.text.empty()) {
        CHECK(answer.empty());  // a failed record is an empty document: outputs stay one per input
        continue;
      }
      if (text_out) {
        std::string text;  // a record in text output ends with an empty line
        for (std::string line = answer; !line.empty() && line != "<timeout>" && line != "<eof>";
             line = pith.read_line(answer_timeout()))
          text += (text.empty() ? "" : "\n") + line;
        CHECK(text == record.text);
        continue;
      }
      simdjson::dom::parser parser;
      simdjson::dom::element object;
      REQUIRE(parser.parse(answer).get(object) == simdjson::SUCCESS);
      std::string_view id, text;
      CHECK((object["id"].get(id) == simdjson::SUCCESS && id == record.id));
      if (record.text.empty()) CHECK(object["error"].is_string());
      else CHECK((object["text"].get(text) == simdjson::SUCCESS && text == record.text));
    }
    pith.close_input();
    CHECK(pith.read_line(answer_timeout()) == "<eof>");
    CHECK(pith.wait_exit(answer_timeout()) == 1);  // record "c" had no content
  }
}
