#include "platform/clock.h"

#include <time.h>

namespace eddy::platform {

static double read_clock(clockid_t id) {
  timespec ts;
  clock_gettime(id, &ts);
  return double(ts.tv_sec) + double(ts.tv_nsec) * 1e-9;
}

double wall_time() { return read_clock(CLOCK_REALTIME); }
double monotonic_time() { return read_clock(CLOCK_MONOTONIC); }
double perf_counter() { return read_clock(CLOCK_MONOTONIC_RAW); }
double process_time() { return read_clock(CLOCK_PROCESS_CPUTIME_ID); }

void sleep_seconds(double s) {
  if (s <= 0) return;
  timespec ts;
  ts.tv_sec = time_t(s);
  ts.tv_nsec = long((s - double(ts.tv_sec)) * 1e9);
  while (nanosleep(&ts, &ts) != 0) {
  }
}

bool sleep_until(double deadline) {
  timespec ts;
  ts.tv_sec = time_t(deadline);
  ts.tv_nsec = long((deadline - double(ts.tv_sec)) * 1e9);
  if (ts.tv_nsec >= 1000000000L) {
    ++ts.tv_sec;
    ts.tv_nsec -= 1000000000L;
  }
  return clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &ts, nullptr) == 0;
}

}  // namespace eddy::platform
