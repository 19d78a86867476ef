// _os: the operating-system primitives lib/os.py, lib/posixpath.py and lib/io.py build on (files
// by descriptor, directories, stat, the environment). Failures raise OSError subclasses with
// CPython's errno, strerror and filename, so messages read "[Errno 2] No such file or
// directory: 'x'".
//
// Text only: eddy has no bytes type, so file contents cross this boundary as str and must be
// valid UTF-8 (UnicodeDecodeError otherwise).
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "runtime/modules/modules.h"
#include "runtime/native.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/exception.h"
#include "runtime/objects/function.h"
#include "runtime/objects/int.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/ops.h"

extern char** environ;

namespace eddy {

namespace {

// Raises the OSError subclass for errno `err` about `path` (and `path2`).
Value raise_os_error(Thread& t, int err, const Value& path = Value(), const Value& path2 = Value()) {
  Value args[5] = {Value::integer(err), new_str(t.vm, std::strerror(err)),
                   path ? path : Value::none(), Value::none(), path2 ? path2 : Value::none()};
  int n = path2 ? 5 : path ? 3 : 2;
  Value exc = call(t, Value::borrow(t.vm.types.OSError), args, n);
  if (!exc) return Value();
  return t.raise_value(exc);
}

bool str_arg(Thread& t, const char* fname, const Value& v, const char** out) {
  if (!is_str(v)) {
    t.raise(t.vm.types.TypeError, "%s: path should be string, not %s", fname, type_name(t, v));
    return false;
  }
  if (as_str(v)->s.find('\0') != std::string::npos) {
    t.raise(t.vm.types.ValueError, "%s: embedded null character in path", fname);
    return false;
  }
  *out = as_str(v)->s.c_str();
  return true;
}

bool int_arg(Thread& t, const char* fname, const Value& v, int64_t* out) {
  if (!v.is_int()) {
    t.raise(t.vm.types.TypeError, "%s: an integer is required, not %s", fname, type_name(t, v));
    return false;
  }
  *out = v.as_int();
  return true;
}

Value text_of(Thread& t, std::string data) {
  if (!utf8_valid(data))
    return t.raise(t.vm.types.UnicodeDecodeError, "'utf-8' codec can't decode the file's bytes");
  return new_str(t.vm, std::move(data));
}

Value os_getcwd(Thread& t, Value* args, int nargs, Tuple*) {
  if (!check_nargs(t, "getcwd", nargs, 0, 0)) return Value();
  char buf[4096];
  if (!getcwd(buf, sizeof buf)) return raise_os_error(t, errno);
  return new_str(t.vm, buf);
}

Value os_chdir(Thread& t, Value* args, int nargs, Tuple*) {
  const char* p;
  if (!check_nargs(t, "chdir", nargs, 1, 1) || !str_arg(t, "chdir", args[0], &p)) return Value();
  if (chdir(p) != 0) return raise_os_error(t, errno, args[0]);
  return Value::none();
}

Value os_listdir(Thread& t, Value* args, int nargs, Tuple*) {
  if (!check_nargs(t, "listdir", nargs, 0, 1)) return Value();
  Value path = nargs ? args[0] : new_str(t.vm, ".");
  const char* p;
  if (!str_arg(t, "listdir", path, &p)) return Value();
  DIR* d = opendir(p);
  if (!d) return raise_os_error(t, errno, path);
  std::vector<std::string> names;
  while (dirent* e = readdir(d)) {
    std::string n = e->d_name;
    if (n != "." && n != "..") names.push_back(std::move(n));
  }
  closedir(d);
  Value list = new_list(t.vm);
  for (auto& n : names) {
    Value s = text_of(t, std::move(n));
    if (!s) return Value();
    as_list(list)->items.push_back(std::move(s));
  }
  return list;
}

// stat(path) -> (st_mode, st_size, st_mtime, st_atime, st_ctime, st_ino, st_dev, st_nlink,
// st_uid, st_gid): lib/os.py wraps it in a stat_result.
Value os_stat(Thread& t, Value* args, int nargs, Tuple*) {
  const char* p;
  if (!check_nargs(t, "stat", nargs, 1, 1) || !str_arg(t, "stat", args[0], &p)) return Value();
  struct stat st;
  if (stat(p, &st) != 0) return raise_os_error(t, errno, args[0]);
  auto seconds = [](const timespec& ts) { return Value::real(double(ts.tv_sec) + ts.tv_nsec * 1e-9); };
  return new_tuple(t.vm, {Value::integer(st.st_mode), Value::integer(st.st_size), seconds(st.st_mtim),
                          seconds(st.st_atim), seconds(st.st_ctim), Value::integer(int64_t(st.st_ino)),
                          Value::integer(int64_t(st.st_dev)), Value::integer(int64_t(st.st_nlink)),
                          Value::integer(st.st_uid), Value::integer(st.st_gid)});
}

// The path operations that take one path and return nothing.
template <int (*Op)(const char*)>
Value path_op(Thread& t, const char* name, Value* args, int nargs) {
  const char* p;
  if (!check_nargs(t, name, nargs, 1, 1) || !str_arg(t, name, args[0], &p)) return Value();
  if (Op(p) != 0) return raise_os_error(t, errno, args[0]);
  return Value::none();
}
Value os_remove(Thread& t, Value* args, int nargs, Tuple*) { return path_op<unlink>(t, "remove", args, nargs); }
Value os_rmdir(Thread& t, Value* args, int nargs, Tuple*) { return path_op<rmdir>(t, "rmdir", args, nargs); }

Value os_mkdir(Thread& t, Value* args, int nargs, Tuple*) {
  const char* p;
  int64_t mode = 0777;
  if (!check_nargs(t, "mkdir", nargs, 1, 2) || !str_arg(t, "mkdir", args[0], &p)) return Value();
  if (nargs > 1 && !int_arg(t, "mkdir", args[1], &mode)) return Value();
  if (mkdir(p, mode_t(mode)) != 0) return raise_os_error(t, errno, args[0]);
  return Value::none();
}

Value os_rename(Thread& t, Value* args, int nargs, Tuple*) {
  const char *a, *b;
  if (!check_nargs(t, "rename", nargs, 2, 2) || !str_arg(t, "rename", args[0], &a) ||
      !str_arg(t, "rename", args[1], &b))
    return Value();
  if (rename(a, b) != 0) return raise_os_error(t, errno, args[0], args[1]);
  return Value::none();
}

// os._exit(status): ends the process at once (no cleanup, no flushing: CPython's os._exit).
Value os_exit_now(Thread& t, Value* args, int nargs, Tuple*) {
  if (!check_nargs(t, "_exit", nargs, 1, 1)) return Value();
  if (!args[0].is_int()) return t.raise(t.vm.types.TypeError, "'%s' object cannot be interpreted as an integer", type_name(t, args[0]));
  _exit(int(args[0].as_int()));
}

Value os_getpid(Thread& t, Value* args, int nargs, Tuple*) {
  if (!check_nargs(t, "getpid", nargs, 0, 0)) return Value();
  return Value::integer(getpid());
}

// open(path, flags, mode=0o666) -> file descriptor.
Value os_open(Thread& t, Value* args, int nargs, Tuple*) {
  const char* p;
  int64_t flags, mode = 0666;
  if (!check_nargs(t, "open", nargs, 2, 3) || !str_arg(t, "open", args[0], &p) ||
      !int_arg(t, "open", args[1], &flags) || (nargs > 2 && !int_arg(t, "open", args[2], &mode)))
    return Value();
  int fd = open(p, int(flags) | O_CLOEXEC, mode_t(mode));
  if (fd < 0) return raise_os_error(t, errno, args[0]);
  return Value::integer(fd);
}

Value os_close(Thread& t, Value* args, int nargs, Tuple*) {
  int64_t fd;
  if (!check_nargs(t, "close", nargs, 1, 1) || !int_arg(t, "close", args[0], &fd)) return Value();
  if (close(int(fd)) != 0) return raise_os_error(t, errno);
  return Value::none();
}

// read_all(fd[, binary]): everything from the current offset to the end, as text (or bytes).
Value os_read_all(Thread& t, Value* args, int nargs, Tuple*) {
  int64_t fd;
  if (!check_nargs(t, "read_all", nargs, 1, 2) || !int_arg(t, "read_all", args[0], &fd)) return Value();
  bool binary = nargs > 1 && truthy(t, args[1]) == 1;
  std::string data;
  char buf[65536];
  while (true) {
    ssize_t n = read(int(fd), buf, sizeof buf);
    if (n < 0) {
      if (errno == EINTR) continue;
      return raise_os_error(t, errno);
    }
    if (n == 0) break;
    data.append(buf, size_t(n));
  }
  if (binary) return new_bytes(t.vm, std::move(data));
  return text_of(t, std::move(data));
}

// write(fd, text) -> number of bytes written (all of them).
Value os_write(Thread& t, Value* args, int nargs, Tuple*) {
  int64_t fd;
  if (!check_nargs(t, "write", nargs, 2, 2) || !int_arg(t, "write", args[0], &fd)) return Value();
  if (!is_str(args[1]) && !is_bytes_like(args[1]))
    return t.raise(t.vm.types.TypeError, "write() argument must be str or bytes, not %s", type_name(t, args[1]));
  const std::string& s = is_str(args[1]) ? as_str(args[1])->s : as_bytes(args[1])->data;
  size_t done = 0;
  while (done < s.size()) {
    ssize_t n = write(int(fd), s.data() + done, s.size() - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      return raise_os_error(t, errno);
    }
    done += size_t(n);
  }
  return Value::integer(int64_t(done));
}

Value os_lseek(Thread& t, Value* args, int nargs, Tuple*) {
  int64_t fd, pos, how;
  if (!check_nargs(t, "lseek", nargs, 3, 3) || !int_arg(t, "lseek", args[0], &fd) ||
      !int_arg(t, "lseek", args[1], &pos) || !int_arg(t, "lseek", args[2], &how))
    return Value();
  off_t r = lseek(int(fd), off_t(pos), int(how));
  if (r < 0) return raise_os_error(t, errno);
  return Value::integer(int64_t(r));
}

Value os_isatty(Thread& t, Value* args, int nargs, Tuple*) {
  int64_t fd;
  if (!check_nargs(t, "isatty", nargs, 1, 1) || !int_arg(t, "isatty", args[0], &fd)) return Value();
  return Value::boolean(isatty(int(fd)) == 1);
}

Value os_strerror(Thread& t, Value* args, int nargs, Tuple*) {
  int64_t err;
  if (!check_nargs(t, "strerror", nargs, 1, 1) || !int_arg(t, "strerror", args[0], &err)) return Value();
  return new_str(t.vm, std::strerror(int(err)));
}

// byte_length(text): the size of text in UTF-8 (file offsets count bytes).
Value os_byte_length(Thread& t, Value* args, int nargs, Tuple*) {
  if (!check_nargs(t, "byte_length", nargs, 1, 1)) return Value();
  if (!is_str(args[0])) return t.raise(t.vm.types.TypeError, "byte_length() argument must be str");
  return Value::integer(int64_t(as_str(args[0])->s.size()));
}

}  // namespace

void init_os_module(Thread& t, Module* m) {
  Runtime& vm = t.vm;
  Dict* d = m->dict;
  add_functions(vm, d, {
      {"getcwd", os_getcwd},   {"chdir", os_chdir},     {"listdir", os_listdir},
      {"stat", os_stat},       {"remove", os_remove},   {"rmdir", os_rmdir},
      {"mkdir", os_mkdir},     {"rename", os_rename},   {"getpid", os_getpid},
      {"open", os_open},       {"close", os_close},     {"read_all", os_read_all},
      {"write", os_write},     {"lseek", os_lseek},     {"isatty", os_isatty},
      {"strerror", os_strerror}, {"byte_length", os_byte_length}, {"_exit", os_exit_now},
  });
  Value env = new_dict(vm);
  for (char** e = environ; e && *e; ++e) {
    std::string entry = *e;
    size_t eq = entry.find('=');
    if (eq == std::string::npos || !utf8_valid(entry)) continue;
    as_dict(env)->set(t, new_str(vm, entry.substr(0, eq)), new_str(vm, entry.substr(eq + 1)));
  }
  d->set_str(vm.intern("environ"), env);
  struct {
    const char* name;
    int64_t value;
  } constants[] = {
      {"O_RDONLY", O_RDONLY}, {"O_WRONLY", O_WRONLY}, {"O_RDWR", O_RDWR},   {"O_CREAT", O_CREAT},
      {"O_TRUNC", O_TRUNC},   {"O_APPEND", O_APPEND}, {"O_EXCL", O_EXCL},   {"SEEK_SET", SEEK_SET},
      {"SEEK_CUR", SEEK_CUR}, {"SEEK_END", SEEK_END}, {"S_IFMT", S_IFMT},   {"S_IFDIR", S_IFDIR},
      {"S_IFREG", S_IFREG},   {"S_IFLNK", S_IFLNK},
  };
  for (auto& c : constants) d->set_str(vm.intern(c.name), Value::integer(c.value));
}

}  // namespace eddy
