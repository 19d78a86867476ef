// Shared helpers for the unit tests: run a snippet in a fresh VM and capture what it printed.
#pragma once
#include <cstdio>
#include <string>
#include <unistd.h>

#include "eddy/eddy.h"

namespace eddy::testing {

// Runs `source` as __main__ and returns its stdout; `result` receives the outcome.
inline std::string run_capture(const std::string& source, Result* result = nullptr) {
  fflush(stdout);
  char path[] = "/tmp/eddy_unit_XXXXXX";
  int fd = mkstemp(path);
  int saved = dup(1);
  dup2(fd, 1);
  Result r;
  {
    VM vm;
    r = vm.exec_string(source, "<test>");
  }
  fflush(stdout);
  dup2(saved, 1);
  close(saved);
  std::string out;
  lseek(fd, 0, SEEK_SET);
  char buf[4096];
  ssize_t n;
  while ((n = read(fd, buf, sizeof buf)) > 0) out.append(buf, size_t(n));
  close(fd);
  unlink(path);
  if (result) *result = r;
  return out;
}

}  // namespace eddy::testing
