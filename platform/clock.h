// Clocks: wall time, a monotonic clock, and a high-resolution performance counter.
#pragma once

namespace eddy::platform {

double wall_time();        // seconds since the epoch
double monotonic_time();   // seconds, never goes backwards
double perf_counter();     // seconds, highest available resolution
double process_time();     // CPU seconds used by the process (user + system)
void sleep_seconds(double s);
// Sleeps until monotonic_time() reaches `deadline`, or a signal arrives; true if the deadline
// was reached.
bool sleep_until(double deadline);

}  // namespace eddy::platform
