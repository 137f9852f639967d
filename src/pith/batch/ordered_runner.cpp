// run_ordered: workers take turns at the reader, clean on their own, and whoever finishes the
// oldest outstanding record writes every finished record in sequence.
#include "pith/batch/ordered_runner.h"

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace pith {

namespace {

struct Slot {
  Record record;
  CleanedRecord result;
  bool done = false;
};

class Runner {
 public:
  Runner(const RunnerSteps& steps, std::size_t window, std::size_t byte_budget)
      : m_steps(steps), m_window(window), m_byte_budget(byte_budget) {}

  void work() {
    for (;;) {
      std::unique_ptr<Slot> slot;
      std::size_t seq = 0;
      if (!take(&slot, &seq)) return;
      m_steps.work(slot->record, &slot->result);
      finish(std::move(slot), seq);
    }
  }

 private:
  /// Reads the next record into a fresh slot, waiting while the window is full.
  bool take(std::unique_ptr<Slot>* slot, std::size_t* seq) {
    std::lock_guard<std::mutex> read_lock(m_read_mutex);
    {
      std::unique_lock<std::mutex> lock(m_mutex);
      // An empty window always admits one record, however large, so the run never stalls.
      m_space.wait(lock, [&] {
        return m_next_seq == m_written ||
               (m_next_seq - m_written < m_window && m_bytes_in_flight < m_byte_budget);
      });
    }
    if (m_input_done) return false;
    *slot = std::make_unique<Slot>();
    if (!m_steps.read(&(*slot)->record)) {
      m_input_done = true;
      return false;
    }
    *seq = m_next_seq;
    std::lock_guard<std::mutex> lock(m_mutex);
    ++m_next_seq;
    m_bytes_in_flight += (*slot)->record.bytes.size();
    m_pending.resize(m_next_seq - m_written);
    return true;
  }

  /// Files a finished record; the thread that completes the oldest one writes the finished run.
  void finish(std::unique_ptr<Slot> slot, std::size_t seq) {
    std::unique_lock<std::mutex> lock(m_mutex);
    m_pending[seq - m_written] = std::move(slot);
    if (m_writing) return;
    m_writing = true;
    while (!m_pending.empty() && m_pending.front()) {
      std::unique_ptr<Slot> ready = std::move(m_pending.front());
      lock.unlock();
      m_steps.write(ready->record, ready->result);
      std::size_t bytes = ready->record.bytes.size();
      ready.reset();
      lock.lock();
      m_pending.pop_front();
      ++m_written;
      m_bytes_in_flight -= bytes;
      m_space.notify_all();
    }
    m_writing = false;
  }

  const RunnerSteps& m_steps;
  const std::size_t m_window;
  const std::size_t m_byte_budget;
  std::mutex m_read_mutex;  ///< held while reading; taken before m_mutex, never after
  bool m_input_done = false;
  std::mutex m_mutex;
  std::condition_variable m_space;
  std::size_t m_next_seq = 0;  ///< sequence number of the next record read
  std::size_t m_written = 0;   ///< records written so far
  std::size_t m_bytes_in_flight = 0;
  /// Slots for records m_written .. m_next_seq-1; empty until their work is done.
  std::deque<std::unique_ptr<Slot>> m_pending;
  bool m_writing = false;
};

}  // namespace

std::size_t default_window(unsigned threads) { return std::size_t{4} * threads + 4; }

void run_ordered(const RunnerSteps& steps, unsigned threads, std::size_t window, std::size_t byte_budget) {
  if (threads == 0) threads = 1;
  if (window < threads) window = threads;
  Runner runner(steps, window, byte_budget);
  std::vector<std::thread> workers;
  for (unsigned i = 1; i < threads; ++i) workers.emplace_back([&runner] { runner.work(); });
  runner.work();
  for (std::thread& worker : workers) worker.join();
}

}  // namespace pith
