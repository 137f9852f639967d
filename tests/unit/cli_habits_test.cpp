// The command line as people use it out of habit: formats found without -i, one JSON text per
// output, separators, fields, --in-place, --min-chars, --explain headers, warnings for flags
// that do nothing, grouped errors with hints, the summary's words, the progress line on a
// terminal, and the --report page.
#include <catch2/catch.hpp>
#include <simdjson.h>

#include <fcntl.h>
#include <pty.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>

#include "unit/batch_test_data.h"
#include "unit/test_support.h"

using pith::test::gzip_member;
using pith::test::run_pith;
using pith::test::split_lines;
using pith::test::TempDir;

namespace {

/// JSON Lines records in three languages, each with residue the filters remove.
std::string records(int n, const std::string& field = "text") {
  static const char* k_bodies[] = {
      R"(The harbour authority approved the expansion plan on Monday.\nAdvertisement\nWork starts in spring.)",
      R"(Der Stadtrat hat am Dienstag den Haushalt beschlossen.\nNow loading...\nDie Opposition stimmte dagegen.)",
      R"(La alcaldesa inauguró el nuevo puente el 3 de mayo.\nShare this:\nCostó 12 millones.)",
  };
  std::string out;
  for (int i = 0; i < n; ++i)
    out += R"({"id":)" + std::to_string(i) + R"(,"url":"https://site)" + std::to_string(i % 3) +
           R"(.example/a","lang":"x",")" + field + R"(":")" + k_bodies[i % 3] + "\"}\n";
  return out;
}

std::size_t count(const std::string& text, const std::string& needle) {
  std::size_t n = 0;
  for (std::size_t at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) ++n;
  return n;
}

/// Parses `json` as one JSON text; false when it is not one.
bool parses(const std::string& json, simdjson::dom::element* root = nullptr) {
  static simdjson::dom::parser parser;
  simdjson::dom::element element;
  if (parser.parse(json).get(element)) return false;
  if (root) *root = element;
  return true;
}

}  // namespace

TEST_CASE("without -i, JSON Lines and WARC are found from their content, and stderr says so", "[cli][detect]") {
  TempDir dir;
  std::string input = records(6);
  std::string jsonl = dir.write("dump.jsonl", input);
  std::string renamed = dir.write("dump.data.gz", gzip_member(input));  // the name says nothing
  pith::test::RunResult forced = run_pith({"-i", "jsonl", "-q", jsonl});
  REQUIRE(split_lines(forced.out).size() == 6);
  for (const std::string& file : {jsonl, renamed}) {
    INFO(file);
    pith::test::RunResult sniffed = run_pith({file});
    CHECK(sniffed.status == 0);
    CHECK(sniffed.out == forced.out);
    // The content decides; the name is said too when it agrees ("dump.jsonl").
    CHECK(count(sniffed.err, "reading as JSON Lines: ") == 1);
    CHECK(count(sniffed.err, "its first line is a JSON object") == 1);
    CHECK(count(sniffed.err, "named .jsonl") == (file == jsonl ? 1 : 0));
    CHECK(sniffed.err.find("6 records in") != std::string::npos);  // a batch, so a summary
  }
  pith::test::RunResult from_stdin = run_pith({}, input);
  CHECK(from_stdin.out == forced.out);
  CHECK(from_stdin.err.find("pith: <stdin>: reading as JSON Lines") != std::string::npos);
  CHECK(run_pith({"-q", jsonl}).err.empty());          // notes are quiet with -q
  CHECK(run_pith({"-i", "jsonl", jsonl}).err.find("reading as") == std::string::npos);  // forced: nothing to say

  using pith::test::http_response;
  using pith::test::warc_record;
  std::string warc = gzip_member(warc_record("warcinfo", "", "00", "application/warc-fields", "x: y\r\n")) +
                     gzip_member(warc_record("response", "https://news.example.com/a", "01", "application/http",
                                             http_response("text/html", "<p>Voters went to the polls early.</p>")));
  std::string crawl = dir.write("crawl.bin", warc);
  pith::test::RunResult sniffed_warc = run_pith({crawl});
  CHECK(sniffed_warc.out == run_pith({"-i", "warc", "-q", crawl}).out);
  CHECK(sniffed_warc.out.find("Voters went to the polls early.") != std::string::npos);
  CHECK(sniffed_warc.err.find("reading as WARC") != std::string::npos);

  // Forced text reads the records as one document, as asked.
  CHECK(run_pith({"-i", "text", "-q", jsonl}).out.find("{\"id\":0") == 0);
  // A near miss: text that opens with a brace.
  std::string note = dir.write("note.txt", "{Editor's note: this story was updated on Monday.}\nThe council met.\n");
  pith::test::RunResult text = run_pith({note});
  CHECK(text.out.find("{Editor's note") == 0);
  CHECK(text.err.empty());
  // A .jsonl name is a promise: a first line that is not JSON is a broken record, not a page.
  std::string page = dir.write("page.jsonl", "<html><body><p>The bridge reopened to traffic today.</p></body></html>");
  pith::test::RunResult misnamed = run_pith({page});
  CHECK(misnamed.status == 1);
  CHECK(misnamed.out.find("\"error\":") != std::string::npos);
  CHECK(misnamed.out.find("The bridge reopened") == std::string::npos);
  CHECK(misnamed.err.find("reading as JSON Lines: named .jsonl, though its first line is not a JSON object") !=
        std::string::npos);
  std::string broken_first = dir.write("dump2.ndjson", "{\"id\": 1, \"text\": \"cut short\n" + records(2));
  pith::test::RunResult broken = run_pith({"-q", broken_first});
  CHECK(broken.status == 1);
  std::vector<std::string> broken_lines = split_lines(broken.out);
  REQUIRE(broken_lines.size() == 3);
  CHECK(broken_lines[0].find("\"error\":") != std::string::npos);
  CHECK(broken_lines[1].starts_with("{\"id\":"));
  // Under --output-dir, a sniffed record input is written as JSON Lines.
  pith::test::RunResult to_dir = run_pith({"-q", "--output-dir", dir.path("out"), jsonl, note});
  CHECK(to_dir.status == 0);
  CHECK(split_lines(pith::test::read_file(dir.path("out/dump.jsonl"))).size() == 6);
  CHECK(pith::test::read_file(dir.path("out/note.txt")).find("{Editor's note") == 0);
}

TEST_CASE("JSON output is one JSON text: an array over several inputs or records (-f json)", "[cli][json]") {
  TempDir dir;
  std::string a = dir.write("a.txt", "First article body, long enough to keep.\n");
  std::string b = dir.write("b.html", "<p>Second article body, long enough to keep.</p>");
  simdjson::dom::element root;
  pith::test::RunResult two = run_pith({"-f", "json", a, b});
  REQUIRE(parses(two.out, &root));
  simdjson::dom::array array;
  REQUIRE_FALSE(root.get_array().get(array));
  REQUIRE(array.size() == 2);
  CHECK(std::string_view(array.at(1)["source"]) == b);

  pith::test::RunResult one = run_pith({"-f", "json", a});
  REQUIRE(parses(one.out, &root));
  CHECK(root.is_object());  // one input: one object, as before

  std::string dump = records(5) + R"({"id":"bad","body":"no text"})" "\n";
  pith::test::RunResult rows = run_pith({"-f", "json", "-i", "jsonl", "-q"}, dump);
  REQUIRE(parses(rows.out, &root));
  REQUIRE_FALSE(root.get_array().get(array));
  CHECK(array.size() == 6);  // the error record is an element too
  pith::test::RunResult none = run_pith({"-f", "json", "-i", "jsonl", "-q"}, "\n");
  CHECK(none.out == "[]\n");
  pith::test::RunResult sniffed = run_pith({"-f", "json", "-q", dir.write("d.jsonl", dump)});
  CHECK(sniffed.out == rows.out);
  // One JSON text a file, named .json as it is one.
  pith::test::RunResult files = run_pith({"-f", "json", "-q", "--output-dir", dir.path("o"), dir.path("d.jsonl"), a});
  CHECK(parses(pith::test::read_file(dir.path("o/d.json"))));
  CHECK(parses(pith::test::read_file(dir.path("o/a.json"))));
}

TEST_CASE("text of several documents: an empty line, or --separator, after each", "[cli][separator]") {
  TempDir dir;
  std::string a = dir.write("a.txt", "First article body, long enough to keep.\nIts second line.\n");
  std::string b = dir.write("b.txt", "Second article body, long enough to keep.\n");
  CHECK(run_pith({a}).out == "First article body, long enough to keep.\nIts second line.\n");  // one: none
  CHECK(run_pith({a, b}).out ==
        "First article body, long enough to keep.\nIts second line.\n\nSecond article body, long enough to keep.\n\n");
  CHECK(run_pith({"--separator", "\\f", a, b}).out ==
        "First article body, long enough to keep.\nIts second line.\n\f\nSecond article body, long enough to keep.\n\f\n");
  pith::test::RunResult rows = run_pith({"-f", "text", "-q", "--separator", "--- end ---"}, records(2));
  std::vector<std::string> lines = split_lines(rows.out);
  CHECK(std::count(lines.begin(), lines.end(), "--- end ---") == 2);
  CHECK(run_pith({"--separator", "\\q", a}).status == 2);
  // two plain files are a batch (a summary follows) but name no site: site-repeat has nothing to say
  pith::test::RunResult two = run_pith({a, b});
  CHECK(two.err.find("records in") != std::string::npos);
  CHECK(two.err.find("site-repeat") == std::string::npos);
}

TEST_CASE("output control chooses pith's fields, and a record's own stay (--fields, --no-removed, --no-stats)", "[cli][fields]") {
  TempDir dir;
  std::string a = dir.write("a.txt", "A Headline\nThe harbour plan was approved on Monday.\nAdvertisement\n");
  simdjson::dom::element root;
  REQUIRE(parses(run_pith({"-f", "json", "--fields", "text,title", a}).out, &root));
  simdjson::dom::object object;
  REQUIRE_FALSE(root.get_object().get(object));
  CHECK(object.size() == 2);
  CHECK(std::string_view(root["title"]) == "A Headline");

  pith::test::RunResult slim = run_pith({"-q", "--fields", "text,url", "--no-stats"}, records(3));
  for (const std::string& line : split_lines(slim.out)) {
    INFO(line);
    REQUIRE(parses(line, &root));
    REQUIRE_FALSE(root.get_object().get(object));
    CHECK(object.size() == 4);  // id, url and lang of the record, and pith's text
    CHECK(line.find("\"lang\":\"x\"") != std::string::npos);
    CHECK(line.find("\"title\"") == std::string::npos);
  }
  pith::test::RunResult lean = run_pith({"-q", "--no-removed", "--no-stats"}, records(3));
  CHECK(lean.out.find("\"removed\"") == std::string::npos);
  CHECK(lean.out.find("\"stats\"") == std::string::npos);
  CHECK(lean.out.find("\"title\":null") != std::string::npos);
  CHECK(run_pith({"--fields", "txt"}, "x\n").status == 2);
}

TEST_CASE("in place, the cleaned text goes back where --field stood, schema unchanged (--in-place)", "[cli][in-place]") {
  std::string dump = records(3, "body");
  pith::test::RunResult result = run_pith({"--field", "body", "--in-place"}, dump);
  INFO(result.err);
  REQUIRE(result.status == 0);
  std::vector<std::string> in = split_lines(dump), out = split_lines(result.out);
  REQUIRE(out.size() == 3);
  CHECK(out[0] ==
        R"({"id":0,"url":"https://site0.example/a","lang":"x","body":"The harbour authority approved the expansion plan on Monday.\nWork starts in spring."})");
  CHECK(out[2].find(R"("body":"La alcaldesa inauguró el nuevo puente el 3 de mayo.\nCostó 12 millones.")") !=
        std::string::npos);
  CHECK(result.err.find("the cleaned text replaced \"body\" where it stood; no other field was added") !=
        std::string::npos);
  // The content first or last in its record: still in its place.
  pith::test::RunResult first = run_pith({"-q", "--field", "body", "--in-place"}, R"({"body":"Advertisement\nKept line of the article.","id":7})" "\n");
  CHECK(first.out == R"({"body":"Kept line of the article.","id":7})" "\n");
  pith::test::RunResult with = run_pith({"-q", "--field", "body", "--in-place", "--fields", "text,title"}, dump);
  CHECK(with.out.find(R"("body":"The harbour)") != std::string::npos);
  CHECK(with.out.find(R"("title":)") != std::string::npos);
  CHECK(run_pith({"--field", "body", "--in-place", "--output-field", "clean"}, dump).status == 2);
  // WARC records have no member to put the text back into: warned of, and written as ever.
  std::string warc = pith::test::warc_record(
      "response", "https://news.example.com/a", "01", "application/http",
      pith::test::http_response("text/html", "<p>Voters went to the polls early.</p><p>Advertisement</p>"));
  pith::test::RunResult placed = run_pith({"-i", "warc", "--in-place"}, warc);
  CHECK(placed.out == run_pith({"-i", "warc"}, warc).out);
  CHECK(placed.err.find("--in-place: no effect with -i warc") != std::string::npos);
  // Without --in-place the summary says where the text went instead.
  pith::test::RunResult moved = run_pith({"--field", "body"}, dump);
  CHECK(moved.err.find("the cleaned text of \"body\" went to \"text\"; \"body\" was left out") != std::string::npos);
}

TEST_CASE("empty outputs are counted, and --min-chars skips short ones with a reason", "[cli][min-chars]") {
  std::string dump = records(3) + R"({"id":"ad","text":"Advertisement"})" "\n" + R"({"id":"short","text":"Tiny."})" "\n";
  pith::test::RunResult plain = run_pith({}, dump);
  CHECK(plain.status == 0);
  CHECK(plain.err.find("5 records in: 5 out (1 empty), 0 errors, 0 skipped") != std::string::npos);
  CHECK(plain.err.find("1 record came out empty") != std::string::npos);

  pith::test::RunResult skipped = run_pith({"--min-chars", "20"}, dump);
  CHECK(skipped.status == 0);  // skipping is asked for, not a failure
  std::vector<std::string> lines = split_lines(skipped.out);
  REQUIRE(lines.size() == 5);  // still one record out per record in
  CHECK(lines[3] == R"({"id":"ad","skipped":"no text left after cleaning, under --min-chars 20"})");
  CHECK(lines[4] == R"({"id":"short","skipped":"5 characters of text, under --min-chars 20"})");
  CHECK(skipped.err.find("5 records in: 3 out, 0 errors, 2 skipped (under --min-chars)") != std::string::npos);

  TempDir dir;
  std::string ad = dir.write("ad.txt", "Advertisement\n");
  pith::test::RunResult lone = run_pith({ad});
  CHECK(lone.out.empty());
  CHECK(lone.err.find("ad.txt: nothing kept") != std::string::npos);
  pith::test::RunResult lone_skipped = run_pith({"--min-chars", "1", ad});
  CHECK(lone_skipped.err.find("ad.txt: skipped: no text left after cleaning, under --min-chars 1") !=
        std::string::npos);
}

TEST_CASE("explain over several documents or records heads each with its name (--explain)", "[cli][explain]") {
  TempDir dir;
  std::string a = dir.write("a.txt", "First article body, long enough to keep.\nNow loading...\n");
  std::string b = dir.write("b.txt", "Second article body, long enough to keep.\n");
  pith::test::RunResult two = run_pith({"--explain", "--color", "never", a, b});
  CHECK(two.out.find("==> " + a + " <==\n  First article") == 0);
  CHECK(two.out.find("\n\n==> " + b + " <==\n  Second article") != std::string::npos);
  CHECK(run_pith({"--explain", "--color", "never", a}).out.find("==>") == std::string::npos);
  pith::test::RunResult rows = run_pith({"--explain", "--color", "never", "-q"}, records(3));
  CHECK(count(rows.out, "==> <stdin>:") == 3);
  CHECK(rows.out.find("==> <stdin>:2 (id 1) <==\n") != std::string::npos);  // line 2 holds id 1
}

TEST_CASE("flags that conflict or do nothing are warned of, once", "[cli][warnings]") {
  TempDir dir;
  std::string a = dir.write("a.txt", "First article body, long enough to keep.\n");
  std::string b = dir.write("b.txt", "Second article body, long enough to keep.\n");
  struct Case {
    std::vector<std::string> args;
    const char* warning;
  };
  const std::vector<Case> cases = {
      {{"--explain", "-f", "json", a, b}, "--explain prints a listing, so --format json is ignored"},
      {{"--glob", "*.txt", a, b}, "--glob chooses files inside directories read with -r"},
      {{"--keep", "comments", a, b}, "--keep and --drop only change how HTML pages are read"},
      {{"-i", "text", "--drop", "tables", a}, "-i text reads none"},
      {{"--keep", "captions", "--drop", "captions", dir.write("c.html", "<p>A page body that is long enough.</p>")},
       "--drop wins"},
      {{"--color", "always", a}, "--color only colours --explain"},
      {{"--field", "body", a, b}, "--field: no effect, as no input was read as JSON Lines"},
      {{"-i", "warc", "--id-field", "doc", a}, "--id-field: no effect with -i warc"},
      {{"-f", "text", "--fields", "text", a}, "-f text writes none"},
      {{"-f", "jsonl", "--separator", "--", a}, "--separator is for text output"},
      {{"--only", "ad", "--disable", "ad", a}, "--only wins"},
      {{"-f", "text", "--with-markdown", a}, "--with-markdown adds a 'markdown' member to JSON; -f text writes no JSON"},
      {{"-f", "markdown", "--with-markdown", a, b}, "-f markdown writes no JSON"},
      {{"--explain", "--with-markdown", a}, "--explain writes no JSON"},
      {{"--with-markdown", a, b}, "a.txt is written as text (use -f json)"},
  };
  for (const Case& c : cases) {
    std::string line;
    for (const std::string& arg : c.args) line += arg + " ";
    INFO(line);
    pith::test::RunResult result = run_pith(c.args);
    CHECK(count(result.err, "pith: warning: ") == 1);
    CHECK(result.err.find(c.warning) != std::string::npos);
  }
  // Near misses: flags that do what they say get no warning.
  for (const std::vector<std::string>& args : std::vector<std::vector<std::string>>{
           {"--explain", a}, {"-r", "--glob", "*.txt", dir.path("")}, {"-f", "json", "--fields", "text", a},
           {"--keep", "comments", dir.write("p.html", "<p>A page body that is long enough.</p>")},
           {"-f", "json", "--with-markdown", a}, {"-f", "jsonl", "--with-markdown", a, b},
           {"--with-markdown", dir.write("r.jsonl", "{\"id\":\"1\",\"text\":\"A record body that is long enough.\"}\n")}}) {
    CHECK(run_pith(args).err.find("warning") == std::string::npos);
  }
}

TEST_CASE("errors are grouped by kind, name what records have, and hints follow mistakes", "[cli][diagnostics]") {
  pith::test::RunResult wrong = run_pith({"--field", "content"}, records(50));
  CHECK(wrong.status == 1);
  CHECK(count(wrong.err, "no field 'content' (its fields: id, url, lang, text)") == 3);
  CHECK(wrong.err.find("... and 47 more like this: no field 'content' (50 in all)") != std::string::npos);
  CHECK(split_lines(wrong.err).size() < 12);
  CHECK(split_lines(wrong.out).size() == 50);  // every error record is still written

  TempDir dir;
  dir.write("pages/a.html", "<p>x</p>");
  pith::test::RunResult directory = run_pith({dir.path("pages")});
  CHECK(directory.err.find("is a directory (use -r to read the files under it)") != std::string::npos);
  pith::test::RunResult url = run_pith({"https://news.example.com/story.html"});
  CHECK(url.status == 1);
  CHECK(url.err.find("curl -sL 'https://news.example.com/story.html' | pith") != std::string::npos);
  pith::test::RunResult typo = run_pith({"--formt", "json"});
  CHECK(typo.status == 2);
  CHECK(typo.err.find("pith: unknown option --formt; did you mean --format?") != std::string::npos);
  pith::test::RunResult stranger = run_pith({"--verbose"});
  CHECK(stranger.status == 2);
  CHECK(stranger.err.find("did you mean") == std::string::npos);
  // an option's value the parser refuses is told in pith's own form, naming the option
  for (auto [args, says] : {std::pair{std::vector<std::string>{"--rules", dir.path("none.toml")}, "pith: --rules: no such file: "},
                            std::pair{std::vector<std::string>{"-f", "yaml"}, "pith: --format: yaml not in"}}) {
    pith::test::RunResult refused = run_pith(args);
    CHECK(refused.status == 2);
    CHECK(refused.err.find(says) == 0);
    CHECK(refused.err.find("Run with --help for the options.") != std::string::npos);
  }
}

TEST_CASE("the report page holds the run's numbers, sites and examples, and nothing from outside", "[cli][report]") {
  TempDir dir;
  std::string dump = dir.write("dump.jsonl", records(9) + R"({"id":"bad","url":"https://site9.example/","body":"x"})" "\n");
  std::string page = dir.path("report.html");
  pith::test::RunResult result = run_pith({"-q", "--report", page, dump});
  CHECK(result.status == 1);
  std::string html = pith::test::read_file(page);
  CHECK(html.starts_with("<!doctype html>"));
  CHECK(html.find("<script") == std::string::npos);
  CHECK(html.find("src=") == std::string::npos);
  CHECK(html.find("href=") == std::string::npos);
  CHECK(html.find("@import") == std::string::npos);
  CHECK(count(html, "<rect class=\"bar\"") == 3);  // ad, loading, share
  for (const char* site : {"site0.example", "site1.example", "site2.example"}) CHECK(html.find(site) != std::string::npos);
  CHECK(html.find("Now loading...") != std::string::npos);
  CHECK(html.find("no field &#39;text&#39;") != std::string::npos);  // the error kind, escaped
  CHECK(html.find("<div class=\"value\">10</div><div class=\"label\">records in") != std::string::npos);
  CHECK(html.find("MB/s") != std::string::npos);
  // A report that cannot be written stops the run before any work.
  pith::test::RunResult unwritable = run_pith({"--report", dir.path("no/such/dir/r.html"), dump});
  CHECK(unwritable.status == 2);
  CHECK(unwritable.out.empty());
}

namespace {

/// Runs pith on a pseudo-terminal, as a person at a terminal would: standard error on it, and
/// standard output too unless `stdout_file` is given. Returns what the terminal showed.
std::string run_on_terminal(const std::vector<std::string>& args, const std::string& stdout_file = {}) {
  int master = -1;
  pid_t pid = forkpty(&master, nullptr, nullptr, nullptr);
  if (pid < 0) throw std::runtime_error("forkpty failed");
  if (pid == 0) {
    if (!stdout_file.empty()) {
      int fd = open(stdout_file.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
      dup2(fd, STDOUT_FILENO);
    }
    pith::test::exec_pith(args);
  }
  std::string shown;
  char buffer[4096];
  for (;;) {
    ssize_t n = read(master, buffer, sizeof buffer);
    if (n > 0) shown.append(buffer, static_cast<std::size_t>(n));
    else if (n < 0 && errno == EINTR) continue;
    else break;  // EIO once the child has gone
  }
  close(master);
  int status = 0;
  waitpid(pid, &status, 0);
  return shown;
}

}  // namespace

TEST_CASE("the progress line never runs into output on the same terminal", "[cli][progress]") {
  TempDir dir;
  std::string dump = dir.write("dump.jsonl", records(30));
  // Output to a file: the terminal shows the progress line, erased before the summary.
  std::string aside = run_on_terminal({"-j", "1", dump}, dir.path("out.jsonl"));
  INFO(aside);
  CHECK(aside.find("\rpith: ") != std::string::npos);
  CHECK(aside.find("\x1b[K") != std::string::npos);
  CHECK(aside.find("30 records in") != std::string::npos);
  // Output to the terminal too: no progress line at all, so none is left inside the text.
  std::string together = run_on_terminal({"-j", "1", dump});
  INFO(together);
  CHECK(together.find("\x1b[K") == std::string::npos);
  CHECK(count(together, "\"id\":") == 30);
  CHECK(together.find("30 records in") != std::string::npos);
}
