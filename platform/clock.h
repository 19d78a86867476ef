// Clocks: wall time, a monotonic clock, and a high-resolution performance counter.
#pragma once

namespace eddy::platform {

double wall_time();        // seconds since the epoch
double monotonic_time();   // seconds, never goes backwards
double perf_counter();     // seconds, highest available resolution
void sleep_seconds(double s);

}  // namespace eddy::platform
