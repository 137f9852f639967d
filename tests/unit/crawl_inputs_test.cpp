// The inputs real crawls and pipelines produce, end to end through the pith binary: HTTP codings
// and headers in WARC files, damaged WARC and gzip streams, JSON Lines as tools export them,
// pzstd and padded gzip, missing inputs and output files that cannot be made. Each one's
// records come out, one per record in, or as error records in their place; never silently lost.
#include <catch2/catch.hpp>

#include <fcntl.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <stdexcept>

#include "pith/input/utf8.h"
#include "unit/batch_test_data.h"
#include "unit/test_support.h"

namespace fs = std::filesystem;
using pith::test::gzip_member;
using pith::test::run_pith;
using pith::test::split_lines;
using pith::test::TempDir;
using pith::test::warc_record;

namespace {

/// An HTTP response: status line, `headers` (each ending "\r\n"), a blank line, `body`.
std::string http(const std::string& headers, const std::string& body) {
  return "HTTP/1.1 200 OK\r\n" + headers + "\r\n" + body;
}

/// A WARC response record for `uri` holding `response`.
std::string response_record(const std::string& uri, const std::string& response) {
  static int serial = 0;
  return warc_record("response", uri, "c0de-" + std::to_string(++serial), "application/http; msgtype=response",
                     response);
}

std::string page_with(const std::string& sentence, const std::string& head = "") {
  return "<!DOCTYPE html><html><head>" + head + "<title>Story</title></head><body><article><p>" + sentence +
         "</p></article></body></html>";
}

/// The output line whose url is `uri`, or "" when there is none.
std::string line_for(const std::string& out, const std::string& uri) {
  for (const std::string& line : split_lines(out))
    if (line.find("\"url\":\"" + uri + "\"") != std::string::npos) return line;
  return "";
}

}  // namespace

// --- WARC and HTTP ---------------------------------------------------------------------------

TEST_CASE("WARC: bodies in every coding crawlers store come out as their text", "[crawl][warc][batch]") {
  using pith::test::brotli;
  using pith::test::chunked;
  using pith::test::deflated;
  struct Case {
    std::string uri;
    std::string sentence;
    std::string headers;  // after Content-Type
    std::string body;     // encoded
  };
  std::vector<Case> cases;
  auto add = [&](const std::string& name, const std::string& sentence, const std::string& headers,
                 auto encode) {
    cases.push_back({"https://news.example.com/" + name, sentence, headers, encode(page_with(sentence))});
  };
  add("zlib", "The harbour reopened on Friday after the storm.", "Content-Encoding: deflate\r\n",
      [](const std::string& p) { return deflated(p, false); });
  add("raw-deflate", "Der Stadtrat hat am Dienstag den Haushalt beschlossen.", "Content-Encoding: deflate\r\n",
      [](const std::string& p) { return deflated(p, true); });
  add("gzip-chunked", "El ayuntamiento aprobó el presupuesto el martes.", "Transfer-Encoding: gzip, chunked\r\n",
      [](const std::string& p) { return chunked(gzip_member(p), 64); });
  add("brotli", "Le maire a parlé mardi soir devant le conseil municipal.", "Content-Encoding: br\r\n",
      [](const std::string& p) { return brotli(p); });
  add("chunked-folded", "Il sindaco ha parlato martedì sera al consiglio.", "Transfer-Encoding:\r\n  chunked\r\n",
      [](const std::string& p) { return chunked(p, 20); });
  add("chunked-cut", "O prefeito falou na terça-feira à noite ao conselho.", "Transfer-Encoding: chunked\r\n",
      [](const std::string& p) { return chunked(p + std::string(500, ' '), 90).substr(0, p.size() + 40); });
  std::string warc;
  for (const Case& c : cases)
    warc += response_record(c.uri, http("Content-Type: text/html; charset=utf-8\r\n" + c.headers, c.body));
  std::string binary = gzip_member(page_with("Never seen.")).substr(10);
  warc += response_record("https://news.example.com/unknown",
                          http("Content-Type: text/html\r\nContent-Encoding: x-unheard-of\r\n", binary));

  TempDir dir;
  pith::test::RunResult result = run_pith({"-i", "warc", "-q", dir.write("crawl.warc", warc)});
  INFO(result.err);
  CHECK(result.status == 1);  // the unknown coding is an error record
  CHECK(split_lines(result.out).size() == cases.size() + 1);
  for (const Case& c : cases) {
    INFO(c.uri);
    std::string line = line_for(result.out, c.uri);
    CHECK(line.find("\"text\":\"" + c.sentence + "\"") != std::string::npos);
    CHECK(line.find("\"error\"") == std::string::npos);
  }
  std::string unknown = line_for(result.out, "https://news.example.com/unknown");
  CHECK(unknown.find("\"error\":\"cannot decode the body: unknown content coding 'x-unheard-of'\"") != std::string::npos);
}

TEST_CASE("WARC: a folded or missing Content-Type does not skip an HTML page", "[crawl][warc][batch]") {
  std::string png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
  std::string warc =
      response_record("https://a.example/folded", http("Content-Type: text/html;\r\n charset=utf-8\r\n",
                                                        page_with("The bridge reopened on Sunday after repairs.")));
  warc += response_record("https://a.example/folded-value",
                          http("Content-Type:\r\n\ttext/html\r\n", page_with("Trains ran late across the region.")));
  warc += response_record("https://a.example/none", http("Server: old\r\n", page_with("The ferry resumed service.")));
  warc += response_record("https://a.example/none-gzip", http("Content-Encoding: gzip\r\n",
                                                             gzip_member(page_with("Schools will stay closed."))));
  warc += response_record("https://a.example/image", http("Server: old\r\n", png));
  TempDir dir;
  pith::test::RunResult result = run_pith({"-i", "warc", dir.write("crawl.warc", warc)});
  INFO(result.err);
  CHECK(result.status == 0);
  CHECK(line_for(result.out, "https://a.example/folded").find("bridge reopened") != std::string::npos);
  CHECK(line_for(result.out, "https://a.example/folded-value").find("Trains ran late") != std::string::npos);
  CHECK(line_for(result.out, "https://a.example/none").find("ferry resumed") != std::string::npos);
  CHECK(line_for(result.out, "https://a.example/none-gzip").find("Schools will stay") != std::string::npos);
  CHECK(line_for(result.out, "https://a.example/image").empty());  // an image without a type is skipped
  CHECK(result.err.find("5 records in: 4 out, 0 errors, 1 skipped") != std::string::npos);
}

TEST_CASE("WARC: a header line over 64 KiB costs that field, not the record", "[crawl][warc][batch]") {
  std::string uri = "https://news.example.com/story?utm=" + std::string(80'000, 'x');
  std::string warc = response_record(uri, http("Content-Type: text/html\r\n", page_with("The long link still counts.")));
  warc += response_record("https://b.example/next", http("Content-Type: text/html\r\n", page_with("Next story.")));
  TempDir dir;
  pith::test::RunResult result = run_pith({"-i", "warc", "-q", dir.write("crawl.warc", warc)});
  INFO(result.err);
  CHECK(result.status == 0);
  std::vector<std::string> lines = split_lines(result.out);
  REQUIRE(lines.size() == 2);
  CHECK(lines[0].find("The long link still counts.") != std::string::npos);
  CHECK(lines[1].find("Next story.") != std::string::npos);
}

TEST_CASE("WARC: wrong lengths, a truncated record and a corrupt gzip member cost only themselves",
          "[crawl][warc][batch]") {
  std::vector<std::string> records;
  for (int i = 0; i < 6; ++i)
    records.push_back(response_record("https://c.example/" + std::to_string(i),
                                      http("Content-Type: text/html\r\n",
                                           page_with("Story number " + std::to_string(i) + " of the crawl."))));
  auto set_length = [](std::string record, long delta) {
    std::size_t at = record.find("Content-Length: ") + 16, end = record.find("\r\n", at);
    record.replace(at, end - at, std::to_string(std::stol(record.substr(at, end - at)) + delta));
    return record;
  };
  TempDir dir;
  // Plain: lengths counted short and long are read to where the next record starts; the last
  // record, cut short, is an error record that keeps its URL.
  std::string plain = records[0] + set_length(records[1], -25) + records[2] + set_length(records[3], 90) +
                      records[4] + records[5].substr(0, records[5].size() - 60);
  pith::test::RunResult result = run_pith({"-i", "warc", "-q", dir.write("plain.warc", plain)});
  INFO(result.err);
  CHECK(result.status == 1);
  for (int i = 0; i < 5; ++i) {
    INFO(i);
    CHECK(line_for(result.out, "https://c.example/" + std::to_string(i)).find("Story number " + std::to_string(i)) !=
          std::string::npos);
  }
  CHECK(line_for(result.out, "https://c.example/5").find("\"error\":\"WARC record cut short") != std::string::npos);

  // One gzip member per record, the third damaged: an error record in its place, the rest read.
  std::string gz;
  for (int i = 0; i < 6; ++i) {
    std::string member = gzip_member(records[static_cast<std::size_t>(i)]);
    if (i == 2)
      for (std::size_t k = member.size() / 2; k < member.size() / 2 + 6; ++k) member[k] = static_cast<char>(~member[k]);
    gz += member;
  }
  result = run_pith({"-i", "warc", "-q", dir.write("crawl.warc.gz", gz)});
  CHECK(result.status == 1);
  std::vector<std::string> lines = split_lines(result.out);
  CHECK(lines.size() == 6);
  for (int i : {0, 1, 3, 4, 5}) {
    INFO(i);
    CHECK(line_for(result.out, "https://c.example/" + std::to_string(i)).find("Story number") != std::string::npos);
  }
  CHECK(result.out.find("\"error\":\"gzip:") != std::string::npos);
  CHECK(result.err.find("crawl.warc.gz@") != std::string::npos);
}

TEST_CASE("WARC: an HTTP charset label nobody knows yields to the page's own", "[crawl][warc][batch]") {
  std::string legacy = page_with("Le caf\xE9 a rouvert \xE0 No\xEBl.", "<meta charset=\"windows-1252\">");
  std::string utf8_page = page_with("Le caf\xC3\xA9 a rouvert \xC3\xA0 No\xC3\xABl.", "<meta charset=\"utf-8\">");
  std::string undeclared_utf8 = page_with("Le caf\xC3\xA9 est ouvert.");
  const std::string expected = "Le caf\xC3\xA9 a rouvert \xC3\xA0 No\xC3\xABl.";
  struct Case {
    std::string label;
    std::string page;
    std::string text;
  };
  const Case cases[] = {
      {"utf-8lias", legacy, expected},
      {"none", legacy, expected},
      {"x-user-defined", legacy, expected},
      {"\"\"", legacy, expected},
      // servers send ISO-8859-1 by default: a page in valid UTF-8 that says so is UTF-8
      {"ISO-8859-1", utf8_page, expected},
      {"windows-1252", utf8_page, expected},
      // near misses: the header's known charset still decides for a page that does not say
      // (the UTF-8 page read as Latin-1 comes out as mojibake, which the mojibake stage then
      // repairs: the same text, reached the other way)
      {"windows-1252", page_with("Le caf\xE9 a rouvert \xE0 No\xEBl."), expected},
      {"ISO-8859-1", undeclared_utf8, "Le caf\xC3\xA9 est ouvert."},
  };
  std::string warc;
  int i = 0;
  for (const Case& c : cases)
    warc += response_record("https://d.example/" + std::to_string(i++),
                            http("Content-Type: text/html; charset=" + c.label + "\r\n", c.page));
  TempDir dir;
  pith::test::RunResult result = run_pith({"-i", "warc", "-q", dir.write("crawl.warc", warc)});
  INFO(result.err);
  CHECK(result.status == 0);
  i = 0;
  for (const Case& c : cases) {
    INFO(c.label << " #" << i);
    CHECK(line_for(result.out, "https://d.example/" + std::to_string(i++)).find("\"text\":\"" + c.text + "\"") !=
          std::string::npos);
  }
}

// --- JSON Lines ------------------------------------------------------------------------------

namespace {

std::string story(int i) {
  static const char* k_sentences[] = {"The council approved the budget on Tuesday.",
                                      "Der Stadtrat hat am Dienstag abgestimmt.",
                                      "El ayuntamiento aprobó el presupuesto.", "Le maire a parlé mardi soir."};
  return k_sentences[i % 4];
}

}  // namespace

TEST_CASE("JSON Lines: a byte order mark before the first record is not a broken record", "[crawl][jsonl][batch]") {
  std::string records;
  for (int i = 0; i < 3; ++i) records += "{\"id\":" + std::to_string(i) + ",\"text\":\"" + story(i) + "\"}\r\n";
  TempDir dir;
  // pandas' to_json(encoding="utf-8-sig") and Windows editors write a BOM; gzip keeps it.
  for (const std::string& path : {dir.write("bom.jsonl", "\xEF\xBB\xBF" + records),
                                  dir.write("bom.jsonl.gz", gzip_member("\xEF\xBB\xBF" + records))}) {
    INFO(path);
    pith::test::RunResult result = run_pith({"-i", "jsonl", "-q", path});
    INFO(result.err);
    CHECK(result.status == 0);
    std::vector<std::string> lines = split_lines(result.out);
    REQUIRE(lines.size() == 3);
    CHECK(lines[0].starts_with("{\"id\":0,"));
    CHECK(lines[0].find(story(0)) != std::string::npos);
  }
  // A BOM anywhere but the start of the stream is the record's own problem.
  pith::test::RunResult result = run_pith({"-i", "jsonl", "-q"}, records + "\xEF\xBB\xBF" + records);
  CHECK(result.status == 1);
}

TEST_CASE("JSON Lines: pass-through fields pith does not read leave byte for byte, whatever they hold",
          "[crawl][jsonl][batch]") {
  std::string deep = std::string(5'000, '[') + std::string(5'000, ']');
  const std::string members[] = {
      R"("n":18446744073709551617)", R"("x":1e400)", R"("m":-9223372036854775809)",
      R"("f":[1.0e-400,123456789012345678901234567890.5])", R"("s":"caf\ud800")", R"("\udfffk":1)",
      "\"deep\":" + deep, R"("ok":{"a":[true,false,null]})",
  };
  std::string input;
  int i = 0;
  for (const std::string& member : members) {
    input += "{\"id\":\"r" + std::to_string(i) + "\"," + member + ",\"text\":\"" + story(i) + "\"}\n";
    ++i;
  }
  input += "{\"id\":\"bad-utf8\",\"note\":\"caf\xE9 \xC0\xAF\",\"text\":\"" + story(1) + "\"}\n";
  pith::test::RunResult result = run_pith({"-i", "jsonl", "-q"}, input);
  INFO(result.err);
  CHECK(result.status == 0);
  CHECK(result.err.empty());
  std::vector<std::string> lines = split_lines(result.out);
  REQUIRE(lines.size() == std::size(members) + 1);
  for (std::size_t k = 0; k < std::size(members); ++k) {
    INFO(members[k].substr(0, 60));
    CHECK(lines[k].starts_with("{\"id\":\"r" + std::to_string(k) + "\"," + members[k] + ","));
    CHECK(lines[k].find("\"text\":\"" + story(static_cast<int>(k)) + "\"") != std::string::npos);
  }
  CHECK(lines.back().starts_with("{\"id\":\"bad-utf8\",\"note\":\"caf\xEF\xBF\xBD \xEF\xBF\xBD\xEF\xBF\xBD\","));
  CHECK(pith::utf8::is_valid(result.out));
}

TEST_CASE("JSON Lines: an error record keeps the id whenever the id itself can be read", "[crawl][jsonl][batch]") {
  std::string input = R"({"id":"k1","text":"cut short)" "\n"
                      R"({"doc":{"n":1},"id":42,"text":"x",})" "\n"
                      R"({"id":"k3","text":)" "\n"
                      R"({"text":"t" "id":"after the fault"})" "\n"
                      R"({"id":"k5","text":{"not":"a string"}})" "\n";
  pith::test::RunResult result = run_pith({"-i", "jsonl", "-q"}, input);
  CHECK(result.status == 1);
  std::vector<std::string> lines = split_lines(result.out);
  REQUIRE(lines.size() == 5);
  CHECK(lines[0].starts_with(R"({"id":"k1","error":"invalid JSON)"));
  CHECK(lines[1].starts_with(R"({"id":42,"error":"invalid JSON)"));
  CHECK(lines[2].starts_with(R"({"id":"k3","error":"invalid JSON)"));
  CHECK(lines[3].starts_with(R"({"id":null,"error":"invalid JSON)"));
  CHECK(lines[4].starts_with(R"({"id":"k5","error":"field 'text' is not a string"})"));
}

TEST_CASE("JSON Lines with --format text: a failed record is an empty document in its place", "[crawl][jsonl][batch]") {
  std::string input = "{\"id\":1,\"text\":\"" + story(0) + "\"}\n" + "{\"id\":2,\"text\":\"broken\n" +
                      "{\"id\":3,\"text\":\"" + story(2) + "\"}\n" + "{\"id\":4,\"body\":\"no text field\"}\n" +
                      "{\"id\":5,\"text\":\"" + story(3) + "\"}\n";
  for (const char* jobs : {"1", "3"}) {
    pith::test::RunResult result = run_pith({"-i", "jsonl", "-f", "text", "-q", "-j", jobs}, input);
    CHECK(result.status == 1);
    // Record N is the Nth document; each ends with one empty line.
    CHECK(result.out == story(0) + "\n\n" + "\n" + story(2) + "\n\n" + "\n" + story(3) + "\n\n");
    CHECK(result.err.find("<stdin>:2 (id 2): invalid JSON") != std::string::npos);
    CHECK(result.err.find("<stdin>:4 (id 4): no field 'text'") != std::string::npos);
  }
}

// --- compression -----------------------------------------------------------------------------

TEST_CASE("pzstd output (skippable frames) and zero-padded gzip read as their records", "[crawl][batch]") {
  std::string plain;
  for (int i = 0; i < 2000; ++i) plain += "{\"id\":" + std::to_string(i) + ",\"text\":\"" + story(i) + "\"}\n";
  // As pzstd writes: the input cut into pieces, each a zstd frame after a skippable frame
  // (magic 0x184D2A50) that holds the frame's size.
  std::string pzstd;
  for (std::size_t at = 0; at < plain.size(); at += 20'000) {
    std::string frame = pith::test::zstd_frame(plain.substr(at, 20'000));
    std::string skippable = {'\x50', '\x2A', '\x4D', '\x18', '\x04', '\0', '\0', '\0'};
    for (int shift = 0; shift < 32; shift += 8) skippable.push_back(static_cast<char>((frame.size() >> shift) & 0xFF));
    pzstd += skippable + frame;
  }
  TempDir dir;
  for (const std::string& path : {dir.write("dump.jsonl.zst", pzstd),
                                  dir.write("padded.jsonl.gz", gzip_member(plain) + std::string(10'240, '\0'))}) {
    INFO(path);
    pith::test::RunResult result = run_pith({"-i", "jsonl", path});
    INFO(result.err.substr(0, 400));
    CHECK(result.status == 0);
    CHECK(result.err.find("2000 records in: 2000 out, 0 errors") != std::string::npos);
    CHECK(split_lines(result.out).size() == 2000);
  }
}

// --- files and processes ---------------------------------------------------------------------

namespace {

/// The pith binary started with `args`: standard input a pipe the test writes, standard output
/// and error into files, and an optional cap on the size of files it writes (RLIMIT_FSIZE: a
/// full disk, without root or a small file system).
class Child {
 public:
  Child(const std::vector<std::string>& args, const std::string& out, const std::string& err,
        rlim_t max_file_size = RLIM_INFINITY) {
    int in[2];
    if (::pipe(in) != 0) throw std::runtime_error("pipe");
    m_pid = ::fork();
    if (m_pid < 0) throw std::runtime_error("fork");
    if (m_pid == 0) {
      ::dup2(in[0], 0);
      ::close(in[0]);
      ::close(in[1]);
      int out_fd = ::open(out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
      int err_fd = ::open(err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
      ::dup2(out_fd, 1);
      ::dup2(err_fd, 2);
      // Past the cap a write fails with EFBIG instead of the process being killed.
      ::signal(SIGXFSZ, SIG_IGN);
      rlimit limit{max_file_size, max_file_size};
      ::setrlimit(RLIMIT_FSIZE, &limit);
      pith::test::exec_pith(args);
    }
    ::close(in[0]);
    m_stdin = in[1];
    ::signal(SIGPIPE, SIG_IGN);  // writing to a child that has ended is an error, not a signal
  }
  ~Child() {
    close_stdin();
    if (m_pid > 0) wait();
  }
  /// False once the child has stopped reading.
  bool write_stdin(const std::string& bytes) {
    return ::write(m_stdin, bytes.data(), bytes.size()) == static_cast<ssize_t>(bytes.size());
  }
  void close_stdin() {
    if (m_stdin >= 0) ::close(m_stdin);
    m_stdin = -1;
  }
  void send(int signal_number) { ::kill(m_pid, signal_number); }
  /// Sends a line now and then until the child ends: a reader blocked on the pipe gets to look
  /// at its stop request (ThreadSanitizer, for one, runs a handler only at such a point).
  int wait_nudging(const std::string& line) {
    for (int i = 0; i < 500; ++i) {
      int status = 0;
      pid_t done = ::waitpid(m_pid, &status, WNOHANG);
      if (done == m_pid) {
        m_pid = -1;
        return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
      }
      write_stdin(line);
      ::usleep(20'000);
    }
    close_stdin();
    return wait();
  }
  /// Exit status, or 128 + the signal that ended it.
  int wait() {
    int status = 0;
    ::waitpid(m_pid, &status, 0);
    m_pid = -1;
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  }

 private:
  pid_t m_pid = -1;
  int m_stdin = -1;
};

std::vector<std::string> names_in(const fs::path& dir) {
  std::vector<std::string> names;
  if (!fs::exists(dir)) return names;
  for (const auto& entry : fs::directory_iterator(dir)) names.push_back(entry.path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

std::string jsonl_of(int first, int count) {
  std::string out;
  for (int i = first; i < first + count; ++i) out += "{\"id\":" + std::to_string(i) + ",\"text\":\"" + story(i) + "\"}\n";
  return out;
}

}  // namespace

TEST_CASE("an input that cannot be read is an error record in its place", "[crawl][batch]") {
  TempDir dir;
  std::string a = dir.write("a.txt", story(0) + "\n"), b = dir.write("b.txt", story(1) + "\n");
  pith::test::RunResult result = run_pith({"-f", "jsonl", "-q", a, dir.path("missing.txt"), b});
  CHECK(result.status == 1);
  std::vector<std::string> lines = split_lines(result.out);
  REQUIRE(lines.size() == 3);
  CHECK(lines[0].find(story(0)) != std::string::npos);
  CHECK(lines[1] == "{\"source\":\"" + dir.path("missing.txt") + "\",\"error\":\"No such file or directory\"}");
  CHECK(lines[2].find(story(1)) != std::string::npos);

  // In a -r walk: a file whose reads fail (a link to /proc/self/mem fails with EIO even for
  // root), and one without read permission (which root can still read).
  dir.write("tree/1.txt", story(0) + "\n");
  fs::create_symlink("/proc/self/mem", dir.root() / "tree" / "2.txt");
  dir.write("tree/3.txt", story(2) + "\n");
  fs::permissions(dir.write("tree/4.txt", story(3) + "\n"), fs::perms::none);
  result = run_pith({"-f", "jsonl", "-q", "-r", dir.path("tree")});
  lines = split_lines(result.out);
  REQUIRE(lines.size() == 4);
  CHECK(result.status == 1);
  CHECK(lines[0].find(story(0)) != std::string::npos);
  CHECK(lines[1].starts_with("{\"source\":\"" + dir.path("tree/2.txt") + "\",\"error\":"));
  CHECK(lines[2].find(story(2)) != std::string::npos);
  if (::geteuid() != 0) CHECK(lines[3].find("Permission denied") != std::string::npos);

  // Under --output-dir: the JSON Lines file holds the error record; a text run writes no file
  // rather than an empty one that would pass for a result.
  fs::path out = dir.root() / "out";
  result = run_pith({"-q", "-r", dir.path("tree"), "--output-dir", out.string()});
  CHECK(result.status == 1);
  std::vector<std::string> names = names_in(out);
  CHECK(std::find(names.begin(), names.end(), "2.txt") == names.end());
  CHECK(std::find(names.begin(), names.end(), "1.txt") != names.end());
  result = run_pith({"-q", "-f", "jsonl", "-r", dir.path("tree"), "--output-dir", out.string()});
  CHECK(pith::test::read_file((out / "2.jsonl").string()).find("\"error\":") != std::string::npos);
}

TEST_CASE("an output name the file system refuses fails only its input", "[crawl][batch]") {
  TempDir dir;
  // 251 + ".txt" is a valid name; its output, 251 + ".jsonl", is one byte over 255.
  std::string long_name = std::string(251, 'n') + ".txt";
  std::vector<std::string> args = {"-f", "jsonl", "--output-dir", dir.path("out"), dir.write("first.txt", story(0) + "\n"),
                                   dir.write(long_name, story(1) + "\n"), dir.write("last.txt", story(2) + "\n")};
  pith::test::RunResult result = run_pith(args);
  CHECK(result.status == 1);
  CHECK(result.err.find("File name too long") != std::string::npos);
  CHECK(result.err.find("3 records in: 2 out, 1 error") != std::string::npos);
  CHECK(names_in(dir.root() / "out") == std::vector<std::string>{"first.jsonl", "last.jsonl"});
}

TEST_CASE("a full disk under the output directory: an error, and no file that passes for a result", "[crawl][batch]") {
  TempDir dir;
  std::string small = dir.write("a-small.jsonl", jsonl_of(0, 3));
  std::string big = dir.write("b-big.jsonl", jsonl_of(0, 3000));
  std::string after = dir.write("c-after.jsonl", jsonl_of(0, 3));
  fs::path out = dir.root() / "out";
  // Files may grow to 64 KiB: the first output fits, the second does not.
  Child pith({"-i", "jsonl", "--output-dir", out.string(), small, big, after}, dir.path("stdout"), dir.path("stderr"),
             64 << 10);
  int status = pith.wait();
  std::string err = pith::test::read_file(dir.path("stderr"));
  INFO(err);
  CHECK(status == 1);
  CHECK(err.find("File too large") != std::string::npos);
  // The complete file stays; the one cut short and the one never read leave no trace.
  CHECK(names_in(out) == std::vector<std::string>{"a-small.jsonl"});
  CHECK(split_lines(pith::test::read_file((out / "a-small.jsonl").string())).size() == 3);

  // Standard output on a full device is an error too, not a silent truncation.
  int devfull = ::open("/dev/full", O_WRONLY);
  if (devfull >= 0) {
    ::close(devfull);
    Child to_full({"-i", "jsonl", "-q", big}, "/dev/full", dir.path("stderr"));
    CHECK(to_full.wait() == 1);
    CHECK(pith::test::read_file(dir.path("stderr")).find("No space left on device") != std::string::npos);
  }
}

TEST_CASE("SIGTERM or SIGINT: the records read are written whole, the input cut short leaves no file",
          "[crawl][batch]") {
  TempDir dir;
  fs::path out = dir.root() / "out";
  for (int signal_number : {SIGTERM, SIGINT}) {
    INFO("signal " << signal_number);
    fs::remove_all(out);
    std::string first = dir.write("first.jsonl", jsonl_of(0, 50));
    std::string last = dir.write("last.jsonl", jsonl_of(0, 50));
    Child pith({"-i", "jsonl", "-q", "--output-dir", out.string(), first, "-", last}, dir.path("stdout"),
               dir.path("stderr"));
    pith.write_stdin(jsonl_of(100, 20));
    // first.jsonl is complete (renamed) once pith writes the records of standard input.
    for (int i = 0; i < 500 && !fs::exists(out / "first.jsonl"); ++i) ::usleep(10'000);
    REQUIRE(fs::exists(out / "first.jsonl"));
    pith.send(signal_number);
    int status = pith.wait_nudging(jsonl_of(120, 1));  // standard input stays open: it is cut short
    std::string err = pith::test::read_file(dir.path("stderr"));
    INFO(err);
    CHECK(status == 128 + signal_number);
    CHECK(err.find("stopped by signal") != std::string::npos);
    CHECK(names_in(out) == std::vector<std::string>{"first.jsonl"});
    CHECK(split_lines(pith::test::read_file((out / "first.jsonl").string())).size() == 50);
  }
  // To standard output: every line written is whole.
  Child pith({"-i", "jsonl", "-q", dir.write("one.jsonl", jsonl_of(0, 30)), "-"}, dir.path("stdout"),
             dir.path("stderr"));
  pith.write_stdin(jsonl_of(30, 5));
  for (int i = 0; i < 500 && split_lines(pith::test::read_file(dir.path("stdout"))).size() < 30; ++i) ::usleep(10'000);
  pith.send(SIGINT);
  CHECK(pith.wait_nudging(jsonl_of(40, 1)) == 128 + SIGINT);
  std::string written = pith::test::read_file(dir.path("stdout"));
  CHECK(written.ends_with("}\n"));
  for (const std::string& line : split_lines(written)) CHECK((line.starts_with("{\"id\":") && line.ends_with("}")));
}

TEST_CASE("many inputs on more workers than cores: records in order, progress counted safely", "[crawl][batch]") {
  // Under ThreadSanitizer (PITH_TEST_JOBS=4 in CI) this is the run that showed the progress
  // counter read by the writer while the reader added to it.
  TempDir dir;
  std::vector<std::string> args = {"-i", "jsonl", "-j", "4"};
  for (int i = 0; i < 40; ++i) args.push_back(dir.write("part-" + std::to_string(100 + i) + ".jsonl", jsonl_of(i * 10, 10)));
  pith::test::RunResult result = run_pith(args);
  CHECK(result.status == 0);
  std::vector<std::string> lines = split_lines(result.out);
  REQUIRE(lines.size() == 400);
  for (int i = 0; i < 400; i += 37) CHECK(lines[static_cast<std::size_t>(i)].starts_with("{\"id\":" + std::to_string(i) + ","));
}

TEST_CASE("a damaged gzip member, in its data or its CRC, is one error record and exit 1, the rest is read",
          "[crawl][batch]") {
  TempDir dir;
  // Where the byte is flipped: deflate data early and late in the member, the CRC-32, the length.
  const std::pair<const char*, long> k_spots[] = {{"data", 20}, {"late data", -12}, {"crc", -6}, {"isize", -2}};
  std::vector<std::string> records, warc_members;
  for (int i = 0; i < 10; ++i) {
    records.push_back(response_record("https://h.example/" + std::to_string(i),
                                      http("Content-Type: text/html\r\n",
                                           page_with("Story number " + std::to_string(i) + " of the crawl, " +
                                                     story(i)))));
    warc_members.push_back(gzip_member(records.back()));
  }
  for (const auto& [spot, at] : k_spots) {
    INFO(spot);
    auto flipped = [at = at](std::string member) {
      std::size_t k = at >= 0 ? static_cast<std::size_t>(at) : member.size() - static_cast<std::size_t>(-at);
      member[k] = static_cast<char>(member[k] ^ 0x10);
      return member;
    };
    std::string gz;
    for (std::size_t i = 0; i < warc_members.size(); ++i) gz += i == 3 ? flipped(warc_members[i]) : warc_members[i];
    pith::test::RunResult result = run_pith({"-i", "warc", dir.write("ten.warc.gz", gz)});
    INFO(result.err);
    CHECK(result.status == 1);
    CHECK(split_lines(result.out).size() == 10);
    for (int i = 0; i < 10; ++i) {
      if (i == 3) continue;
      INFO(i);
      CHECK(line_for(result.out, "https://h.example/" + std::to_string(i)).find("Story number " + std::to_string(i)) !=
            std::string::npos);
    }
    CHECK(result.out.find("Story number 3") == std::string::npos);
    CHECK(result.out.find("reading resumes at the next gzip member") != std::string::npos);
    CHECK(result.err.find("1 error") != std::string::npos);

    // JSON Lines in three members of five records: the first member damaged loses only its lines.
    std::string jsonl = flipped(gzip_member(jsonl_of(0, 5))) + gzip_member(jsonl_of(5, 5)) +
                        gzip_member(jsonl_of(10, 5));
    result = run_pith({"-f", "jsonl", "-q", dir.write("three.jsonl.gz", jsonl)});
    CHECK(result.status == 1);
    std::vector<std::string> lines = split_lines(result.out);
    REQUIRE(lines.size() == 11);
    CHECK(lines[0].find("\"error\":\"gzip:") != std::string::npos);
    for (int i = 5; i < 15; ++i) CHECK(lines[static_cast<std::size_t>(i - 4)].find("\"id\":" + std::to_string(i) + ",") != std::string::npos);
  }
}

TEST_CASE("SIGTERM or SIGINT with JSON Lines sniffed, not named by -i: the same clean stop", "[crawl][batch]") {
  TempDir dir;
  for (int signal_number : {SIGTERM, SIGINT}) {
    INFO("signal " << signal_number);
    std::string out = dir.path("stdout-" + std::to_string(signal_number));
    std::string err_path = dir.path("stderr-" + std::to_string(signal_number));
    Child pith({"-q", "-j", "1", "-"}, out, err_path);
    pith.write_stdin(jsonl_of(0, 30));
    // Once records come out, pith has sniffed JSON Lines: the signal finds it reading a batch.
    auto lines_out = [&] { return fs::exists(out) ? split_lines(pith::test::read_file(out)).size() : 0; };
    for (int i = 0; i < 500 && lines_out() < 30; ++i) ::usleep(10'000);
    REQUIRE(lines_out() == 30);
    pith.send(signal_number);
    int status = pith.wait_nudging(jsonl_of(40, 1));
    std::string err = pith::test::read_file(err_path);
    INFO(err);
    CHECK(status == 128 + signal_number);
    CHECK(err.find("stopped by signal " + std::to_string(signal_number)) != std::string::npos);
    std::string written = pith::test::read_file(out);
    CHECK(written.ends_with("}\n"));
    for (const std::string& line : split_lines(written)) CHECK((line.starts_with("{\"id\":") && line.ends_with("}")));
  }
}
