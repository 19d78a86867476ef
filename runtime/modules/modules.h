// Native modules: builtins and sys are created with every Runtime; the others are registered by name
// and created on first import.
#pragma once
#include "runtime/objects/module.h"
#include "runtime/vm.h"

namespace eddy {

void init_builtins_module(Thread& t, Module* m);
void init_sys_module(Thread& t, Module* m);
void init_time_module(Thread& t, Module* m);
void init_math_module(Thread& t, Module* m);
void init_gc_module(Thread& t, Module* m);
void init_weakref_module(Thread& t, Module* m);
void init_os_module(Thread& t, Module* m);
void init_traceback_module(Thread& t, Module* m);
void init_sha512_module(Thread& t, Module* m);  // _sha512 (random.seed of a str)  // _traceback (lib/traceback.py)  // _os (lib/os.py, lib/io.py build on it)  // _weakref (lib/weakref.py builds on it)
void init_stackless_module(Thread& t, Module* m);  // tasklets/stackless_module.cpp
void init_thread_module(Thread& t, Module* m);     // runtime/threads.cpp
// exec(), eval(), compile() (modules/exec.cpp), added to the builtins module.
void add_exec_builtins(Runtime& vm, Dict* builtins);
// Registers the native modules that are imported on demand (time, math).
void register_native_modules(Runtime& vm);

// Writes text to a stream object (sys.stdout, sys.stderr, or anything with .write()).
bool write_to(Thread& t, const Value& stream, std::string_view text);
// sys.stdout / sys.stderr as currently set.
Value sys_stream(Thread& t, const char* name);
// Text for the user outside the flow of the program (an error in a callback, a thread, ...):
// to sys.stderr, or the C stderr if that fails; the pending exception is left as it was.
void write_to_stderr(Thread& t, const std::string& text);

}  // namespace eddy
