// The ordered runner: every record once, in input order, whatever the threads and timing.
#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <thread>

#include "pith/batch/ordered_runner.h"

TEST_CASE("records come out in input order on any number of threads", "[batch][runner]") {
  for (unsigned threads : {1u, 2u, 3u, 8u}) {
    for (std::size_t window : {std::size_t{1}, std::size_t{3}, pith::default_window(threads)}) {
      INFO(threads << " threads, window " << window);
      const int total = 300;
      int next = 0;
      std::vector<std::string> written;
      std::atomic<int> in_flight{0}, peak{0};
      pith::RunnerSteps steps;
      steps.read = [&](pith::Record* record) {
        if (next == total) return false;
        record->name = std::to_string(next++);
        return true;
      };
      steps.work = [&](const pith::Record& record, pith::CleanedRecord* result) {
        int now = ++in_flight;
        int seen = peak.load();
        while (now > seen && !peak.compare_exchange_weak(seen, now)) {
        }
        // Uneven work so later records often finish first.
        int n = std::stoi(record.name);
        if (n % 7 == 0) std::this_thread::sleep_for(std::chrono::microseconds(300));
        result->output = record.name;
        --in_flight;
      };
      steps.write = [&](const pith::Record& record, const pith::CleanedRecord& result) {
        CHECK(record.name == result.output);
        written.push_back(result.output);
      };
      pith::run_ordered(steps, threads, window);
      REQUIRE(written.size() == static_cast<std::size_t>(total));
      for (int i = 0; i < total; ++i) CHECK(written[static_cast<std::size_t>(i)] == std::to_string(i));
      CHECK(peak.load() <= static_cast<int>(threads));
    }
  }
}

TEST_CASE("no more than the window is read ahead of the writer", "[batch][runner]") {
  const std::size_t window = 4;
  int read = 0, written = 0;
  std::mutex mutex;
  int max_ahead = 0;
  pith::RunnerSteps steps;
  steps.read = [&](pith::Record*) {
    std::lock_guard<std::mutex> lock(mutex);
    if (read == 200) return false;
    ++read;
    max_ahead = std::max(max_ahead, read - written);
    return true;
  };
  steps.work = [](const pith::Record&, pith::CleanedRecord*) {};
  steps.write = [&](const pith::Record&, const pith::CleanedRecord&) {
    std::lock_guard<std::mutex> lock(mutex);
    ++written;
  };
  pith::run_ordered(steps, 3, window);
  CHECK(written == 200);
  CHECK(max_ahead <= static_cast<int>(window));
}

TEST_CASE("large records wait for the byte budget, and one is always let through", "[batch][runner]") {
  for (std::size_t record_size : {std::size_t{1000}, std::size_t{10000}}) {
    INFO("records of " << record_size << " bytes, budget 2500");
    int read = 0, written = 0;
    std::mutex mutex;
    std::size_t max_bytes_ahead = 0;
    pith::RunnerSteps steps;
    steps.read = [&](pith::Record* record) {
      std::lock_guard<std::mutex> lock(mutex);
      if (read == 100) return false;
      ++read;
      record->bytes.assign(record_size, 'x');
      max_bytes_ahead = std::max(max_bytes_ahead, static_cast<std::size_t>(read - written) * record_size);
      return true;
    };
    steps.work = [](const pith::Record&, pith::CleanedRecord*) {};
    steps.write = [&](const pith::Record&, const pith::CleanedRecord&) {
      std::lock_guard<std::mutex> lock(mutex);
      ++written;
    };
    pith::run_ordered(steps, 3, 50, 2500);
    CHECK(written == 100);
    CHECK(max_bytes_ahead <= std::max<std::size_t>(2500 + record_size, record_size));
  }
}
