// site-repeat end to end: a generated dump of three sites (a ticker in 80% of one site's records,
// a templated "appeared first on" line on another, a sentence two articles of the third both
// quote) cleaned as one two-pass batch and with a learned profile, record by record, at -j 1
// and -j 2; JSON Lines, WARC and a directory of pages; standard input.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "unit/article_words.h"
#include "unit/batch_test_data.h"
#include "unit/test_support.h"

using pith::test::run_pith;
using pith::test::split_lines;
using pith::test::TempDir;

namespace {

const std::string k_quote = "\u201CWe will rebuild every home that was lost,\u201D the governor said.";

struct Record {
  std::string site;
  std::vector<std::string> content;  ///< lines that must stay
  std::vector<std::string> noise;    ///< lines that must go
  std::vector<std::string> lines;    ///< all of them, in order
};

/// Three sites of 50 records each.
std::vector<Record> three_sites() {
  pith::test::ArticleWords random{42};
  std::vector<Record> records;
  auto article = [&](Record& r) {
    std::string title = random.words(6, 10);
    title[0] = static_cast<char>(title[0] - 32);  // "Harbour voted ..."
    r.content.push_back(title);
    for (int p = 0; p < 4; ++p) r.content.push_back("The " + random.words(14, 24) + ", " + random.words(4, 8) + ".");
  };
  for (int i = 0; i < 50; ++i) {
    Record r{"harbourtimes.example", {}, {}, {}};
    article(r);
    r.lines = r.content;
    if (i % 5 != 0) {  // 80% of records
      // A ticker in one cell, which no named filter knows (set apart by a bar, the widget stage's).
      std::string ticker = "MARKETS: DOW " + std::to_string(33000 + random.next(2000)) + " \u25B2" +
                           std::to_string(random.next(3)) + "." + std::to_string(random.next(10)) + "%, OIL $" +
                           std::to_string(60 + random.next(20)) + ".20";
      r.noise.push_back(ticker);
      r.lines.insert(r.lines.begin(), ticker);
    }
    records.push_back(r);
  }
  for (int i = 0; i < 50; ++i) {
    Record r{"gunsdaily.example", {}, {}, {}};
    article(r);
    r.lines = r.content;
    // A template with a variable middle, in wording no named filter knows ("The post {…} appeared
    // first on X." is the disclaimer filter's now).
    std::string post = "Our Guns Daily desk followed " + r.content[0] + " all week.";
    r.noise.push_back(post);
    r.lines.push_back(post);
    records.push_back(r);
  }
  for (int i = 0; i < 50; ++i) {
    Record r{"valleycourier.example", {}, {}, {}};
    article(r);
    if (i == 7 || i == 31) r.content.insert(r.content.begin() + 2, k_quote);  // 2 of 50: content
    r.lines = r.content;
    records.push_back(r);
  }
  return records;
}

std::string json_string(const std::string& s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out.push_back('\\');
    if (c == '\n') {
      out += "\\n";
      continue;
    }
    out.push_back(c);
  }
  return out + "\"";
}

std::string jsonl_line(const Record& r, std::size_t id) {
  std::string text;
  for (const std::string& line : r.lines) text += line + "\n";
  return "{\"id\":" + std::to_string(id) + ",\"url\":\"https://www." + r.site + "/story-" + std::to_string(id) +
         "\",\"text\":" + json_string(text) + "}\n";
}

/// The records of a `-f text` batch: each record's lines, records separated by an empty line.
std::vector<std::vector<std::string>> text_records(const std::string& out) {
  std::vector<std::vector<std::string>> records(1);
  for (const std::string& line : split_lines(out)) {
    if (line.empty()) records.emplace_back();
    else records.back().push_back(line);
  }
  records.pop_back();  // after the last record's empty line
  return records;
}

/// Every content line of every record is kept, and every noise line is gone.
void check_cleaned(const std::vector<Record>& records, const std::string& out) {
  std::vector<std::vector<std::string>> got = text_records(out);
  REQUIRE(got.size() == records.size());
  for (std::size_t i = 0; i < records.size(); ++i) {
    INFO("record " << i << " of " << records[i].site);
    CHECK(got[i] == records[i].content);
  }
}

}  // namespace

TEST_CASE("a two-pass batch removes each site's repeated lines and keeps its content", "[cli][sites]") {
  std::vector<Record> records = three_sites();
  TempDir dir;
  std::string dump;
  for (std::size_t i = 0; i < records.size(); ++i) dump += jsonl_line(records[i], i);
  std::string in = dir.write("dump.jsonl", dump);
  std::string first_out;
  for (const char* jobs : {"1", "2"}) {
    INFO("-j " << jobs);
    pith::test::RunResult run = run_pith({"-i", "jsonl", "-f", "text", "-j", jobs, in});
    REQUIRE(run.status == 0);
    check_cleaned(records, run.out);
    if (first_out.empty()) first_out = run.out;
    CHECK(run.out == first_out);
    // the summary says what was learned and removed, per site
    CHECK(run.err.find("harbourtimes.example: 50 records; 1 line, 0 templates learned; 40 lines removed") !=
          std::string::npos);
    CHECK(run.err.find("gunsdaily.example: 50 records") != std::string::npos);
    CHECK(run.err.find("valleycourier.example") == std::string::npos);
  }
  pith::test::RunResult explain = run_pith({"-i", "jsonl", "--explain", "-q", in});
  CHECK(explain.out.find(": in 40 of 50 records of harbourtimes.example\n") != std::string::npos);
  CHECK(explain.out.find("records of gunsdaily.example, as \"our guns daily desk followed {…} all week\"") !=
        std::string::npos);
}

TEST_CASE("a profile learned from the dump cleans each record alone the same way", "[cli][sites]") {
  std::vector<Record> records = three_sites();
  TempDir dir;
  std::string dump;
  for (std::size_t i = 0; i < records.size(); ++i) dump += jsonl_line(records[i], i);
  std::string in = dir.write("dump.jsonl", dump);
  std::string profile;
  for (const char* jobs : {"1", "2"}) {
    std::string path = dir.path(std::string("sites-") + jobs + ".tsv");
    pith::test::RunResult learn = run_pith({"-i", "jsonl", "-j", jobs, "--learn-sites", path, in});
    REQUIRE(learn.status == 0);
    CHECK(learn.out.empty());
    std::string text = pith::test::read_file(path);
    if (profile.empty()) profile = text;
    CHECK(text == profile);  // the same profile whatever -j
  }
  INFO(profile);
  CHECK(profile.find("line\tharbourtimes.example\t40\tmarkets: dow # ▲#.#%, oil $#.#\n") != std::string::npos);
  CHECK(profile.find("template\tgunsdaily.example\t50\tour guns daily desk followed {…} all week\n") !=
        std::string::npos);
  CHECK(profile.find("valleycourier") == std::string::npos);
  std::string sites = dir.path("sites-1.tsv");

  // The whole stream through the profile, from standard input, at -j 1 and -j 2: the same output
  // as the two-pass batch.
  std::string two_pass = run_pith({"-i", "jsonl", "-q", in}).out;
  for (const char* jobs : {"1", "2"}) {
    pith::test::RunResult streamed = run_pith({"-i", "jsonl", "-q", "-j", jobs, "--sites", sites}, dump);
    REQUIRE(streamed.status == 0);
    CHECK(streamed.out == two_pass);
  }
  // Under GNU parallel, every worker with the same profile.
  REQUIRE(std::system("command -v parallel >/dev/null 2>&1") == 0);  // Debian package `parallel`
  std::string command = "parallel --will-cite --pipe --keep-order --block 20k -j 2 '" + std::string(PITH_BINARY) +
                        " -i jsonl -q -j 1 --sites " + sites + "' < " + in + " > " + dir.path("parallel.jsonl");
  CHECK(std::system(command.c_str()) == 0);
  CHECK(pith::test::read_file(dir.path("parallel.jsonl")) == two_pass);
  // Each record alone, as a worker that sees one record at a time would clean it.
  std::vector<std::vector<std::string>> got;
  for (std::size_t i = 0; i < records.size(); i += 7) {
    pith::test::RunResult one = run_pith({"-i", "jsonl", "-f", "text", "--sites", sites}, jsonl_line(records[i], i));
    REQUIRE(one.status == 0);
    std::vector<std::vector<std::string>> lines = text_records(one.out);
    REQUIRE(lines.size() == 1);
    INFO("record " << i);
    CHECK(lines[0] == records[i].content);
  }
}

TEST_CASE("standard input is read once: no learning, and a clear message", "[cli][sites]") {
  std::vector<Record> records = three_sites();
  std::string dump;
  for (std::size_t i = 0; i < records.size(); ++i) dump += jsonl_line(records[i], i);
  pith::test::RunResult piped = run_pith({"-i", "jsonl", "-f", "text"}, dump);
  CHECK(piped.status == 0);
  CHECK(piped.err.find("standard input (or a pipe) cannot be read twice") != std::string::npos);
  CHECK(piped.err.find("--learn-sites") != std::string::npos);
  CHECK(text_records(piped.out)[1].front().starts_with("MARKETS: DOW"));  // nothing learned, nothing removed
  pith::test::RunResult asked = run_pith({"-i", "jsonl", "--only", "site-repeat"}, dump);
  CHECK(asked.status == 2);
  CHECK(asked.out.empty());
  CHECK(asked.err.find("--sites") != std::string::npos);
  // learning alone reads standard input once, which is all it needs
  pith::test::RunResult learned = run_pith({"-i", "jsonl", "-q", "--learn-sites", "-"}, dump);
  CHECK(learned.status == 0);
  CHECK(learned.out.find("line\tharbourtimes.example\t40\t") != std::string::npos);
}

TEST_CASE("pages of a directory and WARC records learn their site from the page and the crawl", "[cli][sites]") {
  TempDir dir;
  const std::string tagline = "Support independent journalism: become a member of the Valley Courier today.";
  std::string warc;
  pith::test::ArticleWords random{7};
  std::vector<std::string> bodies;
  for (int i = 0; i < 6; ++i) {
    std::string body = "<p>The " + random.words(14, 20) + ".</p><p>The " + random.words(14, 20) + ".</p>";
    if (i != 2) body += "<p>" + tagline + "</p>";
    bodies.push_back(body);
    std::string page = "<html><head><title>Story " + std::to_string(i) +
                       "</title><link rel=\"canonical\" href=\"https://valleycourier.example/s/" + std::to_string(i) +
                       "\"></head><body><article>" + body + "</article></body></html>";
    dir.write("pages/story-" + std::to_string(i) + ".html", page);
    warc += pith::test::warc_record("response", "https://valleycourier.example/s/" + std::to_string(i),
                                    "id-" + std::to_string(i), "application/http; msgtype=response",
                                    pith::test::http_response("text/html", page));
  }
  std::string warc_path = dir.write("crawl.warc", warc);
  for (const std::vector<std::string>& args : std::vector<std::vector<std::string>>{
           {"-r", "-q", "-j", "2", dir.path("pages")}, {"-i", "warc", "-f", "text", "-q", "-j", "2", warc_path}}) {
    pith::test::RunResult run = run_pith(args);
    INFO(run.err);
    REQUIRE(run.status == 0);
    CHECK(run.out.find("Support independent journalism") == std::string::npos);
    for (const std::string& body : bodies) CHECK(run.out.find(body.substr(3, 40)) != std::string::npos);
    // no other stage takes the tagline: it was learned
    std::vector<std::string> without = args;
    without.insert(without.begin(), {"--disable", "site-repeat"});
    CHECK(run_pith(without).out.find("Support independent journalism") != std::string::npos);
  }
}

TEST_CASE("a two-pass batch keeps order, one record out per record in, and error records in place", "[cli][sites]") {
  std::vector<Record> records = three_sites();
  TempDir dir;
  std::string dump;
  std::vector<std::size_t> bad_at;
  for (std::size_t i = 0; i < records.size(); ++i) {
    dump += jsonl_line(records[i], i);
    if (i % 37 == 5) {
      bad_at.push_back(i);
      dump += i % 2 ? "{\"id\": \"broken-" + std::to_string(i) + "\", \"text\": \n" : "{\"id\": 9, \"body\": \"no text member\"}\n";
    }
  }
  std::string in = dir.write("dump.jsonl", dump);
  pith::test::RunResult once = run_pith({"-i", "jsonl", "-q", "--disable", "site-repeat", in});
  for (const char* jobs : {"1", "2"}) {
    INFO("-j " << jobs);
    pith::test::RunResult run = run_pith({"-i", "jsonl", "-j", jobs, in});
    CHECK(run.status == 1);  // as without the stage: some records failed
    CHECK(run.status == once.status);
    std::vector<std::string> got = split_lines(run.out), plain = split_lines(once.out);
    REQUIRE(got.size() == records.size() + bad_at.size());
    REQUIRE(got.size() == plain.size());
    std::size_t errors = 0;
    for (std::size_t i = 0; i < got.size(); ++i) {
      INFO("output line " << i);
      bool is_error = got[i].find("\"error\":") != std::string::npos;
      CHECK(is_error == (plain[i].find("\"error\":") != std::string::npos));
      if (is_error) {
        ++errors;
        CHECK(got[i] == plain[i]);  // the same error record, at the same place
      } else {
        // the same record (its id first), whatever site-repeat took out of its text
        CHECK(got[i].substr(0, got[i].find(',')) == plain[i].substr(0, plain[i].find(',')));
      }
    }
    CHECK(errors == bad_at.size());
    // each failure is told once, by the cleaning pass, not again by the learning pass
    std::size_t told = 0;
    for (std::size_t at = run.err.find("dump.jsonl:"); at != std::string::npos; at = run.err.find("dump.jsonl:", at + 1))
      ++told;
    CHECK(told == bad_at.size());
    CHECK(run.err.find("site-repeat learned from") != std::string::npos);
  }
}

TEST_CASE("profiles learned from two halves of a dump merge into one that cleans it all", "[cli][sites]") {
  std::vector<Record> records = three_sites();
  TempDir dir;
  std::string dump, even, odd;
  for (std::size_t i = 0; i < records.size(); ++i) {
    dump += jsonl_line(records[i], i);
    (i % 2 ? odd : even) += jsonl_line(records[i], i);
  }
  std::string in = dir.write("dump.jsonl", dump);
  std::string a = dir.path("even.tsv"), b = dir.path("odd.tsv");
  REQUIRE(run_pith({"-i", "jsonl", "-q", "--learn-sites", a, dir.write("even.jsonl", even)}).status == 0);
  REQUIRE(run_pith({"-i", "jsonl", "-q", "--learn-sites", b, dir.write("odd.jsonl", odd)}).status == 0);
  std::string whole = run_pith({"-i", "jsonl", "-f", "text", "-q", in}).out;
  // several --sites merge; so do profiles concatenated into one file
  std::string both = dir.write("both.tsv", pith::test::read_file(a) + pith::test::read_file(b));
  for (const std::vector<std::string>& sites : std::vector<std::vector<std::string>>{{"--sites", a, "--sites", b},
                                                                                     {"--sites", both}}) {
    std::vector<std::string> args = {"-i", "jsonl", "-f", "text", "-q"};
    args.insert(args.end(), sites.begin(), sites.end());
    pith::test::RunResult run = run_pith(args, dump);  // from standard input: no learning of its own
    REQUIRE(run.status == 0);
    CHECK(run.out == whole);
    check_cleaned(records, run.out);
  }
  // the merged profile written back adds the halves' counts
  std::string merged = dir.path("merged.tsv");
  REQUIRE(run_pith({"-i", "jsonl", "-q", "--sites", a, "--sites", b, "--learn-sites", merged, dir.write("none.jsonl", "")})
              .status == 0);
  std::string text = pith::test::read_file(merged);
  CHECK(text.find("site\tharbourtimes.example\t50\n") != std::string::npos);
  CHECK(text.find("line\tharbourtimes.example\t40\tmarkets: dow # ▲#.#%, oil $#.#\n") != std::string::npos);
  CHECK(text.find("valleycourier") == std::string::npos);  // the quote is in 2 of 50, and in neither half's profile
}

TEST_CASE("learning a profile cleans nothing, so flags about cleaned output are refused at start", "[cli][sites]") {
  TempDir dir;
  std::string in = dir.write("dump.jsonl", jsonl_line(three_sites().front(), 0));
  for (const std::vector<std::string>& extra : std::vector<std::vector<std::string>>{
           {"--report", dir.path("report.html")}, {"--explain"}, {"--output-dir", dir.path("out")}}) {
    std::vector<std::string> args = {"-i", "jsonl", "--learn-sites", dir.path("sites.tsv"), in};
    args.insert(args.end(), extra.begin(), extra.end());
    INFO(extra.front());
    pith::test::RunResult run = run_pith(args);
    CHECK(run.status == 2);
    CHECK(run.err.find("--learn-sites") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(dir.path("sites.tsv")));
    CHECK_FALSE(std::filesystem::exists(dir.path("report.html")));
  }
  // a profile that cannot be read is refused at start too, naming the flag
  std::string bad = dir.write("bad.tsv", "line\tsite.example\tmany\tsubscribe\n");
  pith::test::RunResult run = run_pith({"-i", "jsonl", "--sites", bad, in});
  CHECK(run.status == 2);
  CHECK(run.err.find("--sites: ") != std::string::npos);
  CHECK(run.err.find("bad.tsv") != std::string::npos);
  CHECK(run.out.empty());
}
