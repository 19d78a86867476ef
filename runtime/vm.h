// The runtime behind one eddy::VM (include/eddy/eddy.h), and its per-thread state.
//
// Invariants:
//  - All state hangs off a Runtime (types, interned strings, modules, the builtins) or off one of its
//    Threads (the running frame chain, the pending exception). No globals (invariant 7).
//  - ExecContext is everything that belongs to one line of execution: the frame chain, the
//    exception being handled, the recursion depth and the nesting level (native calls that
//    re-entered the dispatcher). Today each Thread runs one; tasklets will each own one and a soft
//    switch will swap them, which is why it is its own struct.
//  - The interrupt word is the only thing another thread or a signal handler may touch; the
//    dispatcher reads it at backward jumps, calls and returns (invariant 4).
//  - One Thread per OS thread that runs script code; only the holder of the Runtime's GIL touches
//    objects (runtime/threads.h).
#pragma once
#include <atomic>
#include <condition_variable>
#include <cstdarg>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "platform/threads.h"
#include "runtime/gc.h"
#include "runtime/object.h"

namespace eddy {

struct Frame;
struct Module;
struct Code;
struct Function;
struct Exception;
struct WeakRef;

// The builtin exception hierarchy, in definition order: X(name, base).
#define EDDY_EXCEPTIONS(X)                      \
  X(BaseException, object)                      \
  X(SystemExit, BaseException)                  \
  X(TaskletExit, SystemExit)                    \
  X(KeyboardInterrupt, BaseException)           \
  X(GeneratorExit, BaseException)               \
  X(Exception, BaseException)                   \
  X(StopIteration, Exception)                   \
  X(ArithmeticError, Exception)                 \
  X(FloatingPointError, ArithmeticError)        \
  X(OverflowError, ArithmeticError)             \
  X(ZeroDivisionError, ArithmeticError)         \
  X(AssertionError, Exception)                  \
  X(AttributeError, Exception)                  \
  X(BufferError, Exception)                     \
  X(EOFError, Exception)                        \
  X(ImportError, Exception)                     \
  X(ModuleNotFoundError, ImportError)           \
  X(LookupError, Exception)                     \
  X(IndexError, LookupError)                    \
  X(KeyError, LookupError)                      \
  X(MemoryError, Exception)                     \
  X(NameError, Exception)                       \
  X(UnboundLocalError, NameError)               \
  X(OSError, Exception)                         \
  X(FileNotFoundError, OSError)                 \
  X(FileExistsError, OSError)                   \
  X(PermissionError, OSError)                   \
  X(IsADirectoryError, OSError)                 \
  X(NotADirectoryError, OSError)                \
  X(TimeoutError, OSError)                      \
  X(ReferenceError, Exception)                  \
  X(RuntimeError, Exception)                    \
  X(NotImplementedError, RuntimeError)          \
  X(RecursionError, RuntimeError)               \
  X(SyntaxError, Exception)                     \
  X(IndentationError, SyntaxError)              \
  X(TabError, IndentationError)                 \
  X(SystemError, Exception)                     \
  X(TypeError, Exception)                       \
  X(ValueError, Exception)                      \
  X(UnicodeError, ValueError)                   \
  X(UnicodeDecodeError, UnicodeError)           \
  X(UnicodeEncodeError, UnicodeError)           \
  X(Warning, Exception)                         \
  X(UserWarning, Warning)                       \
  X(DeprecationWarning, Warning)                \
  X(RuntimeWarning, Warning)

struct Types {
  Type *type, *object, *none, *bool_, *int_, *float_, *str, *tuple, *list, *dict, *set,
      *frozenset, *range, *slice, *code, *function, *cell, *builtin_function, *method, *module,
      *frame, *traceback, *iterator, *not_implemented, *ellipsis, *dict_keys, *dict_values,
      *dict_items, *property, *staticmethod, *classmethod, *super, *generator, *weakref, *weakproxy,
      *bytes, *bytearray,
      *union_type;  // types.UnionType, what `int | str` makes: a tuple of the member types
  // The builtin iterators' types (CPython's names), all subtypes of `iterator` with
  // Type::is_iterator set; enumerate, zip, map, filter and reversed are also the builtins.
  Type *list_iterator, *tuple_iterator, *str_ascii_iterator, *str_iterator, *range_iterator,
      *dict_keyiterator, *dict_valueiterator, *dict_itemiterator, *set_iterator, *enumerate, *zip,
      *map, *filter, *reversed, *list_reverseiterator, *callable_iterator, *bytes_iterator;
#define EDDY_DECLARE_EXC(name, base) Type* name;
  EDDY_EXCEPTIONS(EDDY_DECLARE_EXC)
#undef EDDY_DECLARE_EXC
};

// Special method names the object protocol looks up on classes defined in script.
#define EDDY_DUNDERS(X)                                                                     \
  X(__repr__) X(__str__) X(__eq__) X(__ne__) X(__lt__) X(__le__) X(__gt__) X(__ge__)       \
  X(__hash__) X(__bool__) X(__len__) X(__getitem__) X(__setitem__) X(__delitem__)          \
  X(__contains__) X(__iter__) X(__next__) X(__call__) X(__getattr__) X(__setattr__)        \
  X(__delattr__) X(__neg__) X(__pos__) X(__invert__) X(__format__) X(__new__)   \
  X(__del__) X(__enter__) X(__exit__) X(__index__) X(__int__) X(__float__) X(__abs__)                 \
  X(__classcell__) X(__slots__) X(__init_subclass__) X(__get__) X(__set__) X(__delete__)     \
  X(__set_name__) X(__class_getitem__) X(__getattribute__) X(__instancecheck__)               \
  X(__subclasscheck__) X(__prepare__)

struct Dunders {
#define EDDY_DECLARE_DUNDER(name) Str* name;
  EDDY_DUNDERS(EDDY_DECLARE_DUNDER)
#undef EDDY_DECLARE_DUNDER
  // Arithmetic, indexed by BinOp: [0] forward (__add__), [1] reflected (__radd__),
  // [2] in-place (__iadd__).
  Str* binop[13][3];
};

// Interned names the runtime looks up often.
struct Names {
  Str *__name__, *__main__, *__builtins__, *__file__, *__doc__, *__init__, *__class__,
      *__dict__, *__module__, *__qualname__, *__path__, *__package__, *__spec__, *__loader__,
      *args, *key, *reverse, *sep, *end, *file, *flush, *start, *default_, *__import__;
};

struct ExecContext {
  Frame* frame = nullptr;      // the innermost running frame (owned by the chain)
  Value handled;               // sys.exc_info()[1]: the exception being handled, or None
  int recursion_depth = 0;     // script frames on the chain
  int nesting_level = 0;       // native calls that re-entered the dispatcher
};

// Bits of the interrupt word.
enum InterruptBits : uint32_t {
  kInterruptKeyboard = 1u << 0,  // Ctrl-C: raise KeyboardInterrupt at the next check
  kInterruptTicks = 1u << 1,     // the tick budget ran out (the watchdog's hook)
  kInterruptGc = GcHeap::kInterruptBit,  // an automatic cycle collection is due (runtime/gc.h)
  kInterruptGilDrop = 1u << 3,  // another OS thread waits for the GIL (runtime/threads.h)
};

// The per-thread tasklet scheduler (tasklets/scheduler.h); created when `stackless` is first
// used, freed with its Thread.
struct Scheduler;
struct SchedulerDeleter {
  void operator()(Scheduler* s) const;
};

class Thread {
 public:
  explicit Thread(Runtime& vm);
  ~Thread();
  Thread(const Thread&) = delete;
  Thread& operator=(const Thread&) = delete;

  Runtime& vm;
  ExecContext ctx;
  Value pending;  // the raised exception in flight, or Null
  int64_t ident;  // the OS thread's identifier (threading.get_ident())
  platform::Gil* gil;  // vm's (kept here: a thread still waiting at teardown must not touch vm)
  // A thread with nothing runnable waits here (tasklets/scheduler.h) until another thread gives
  // it a tasklet to run (`wake`, under gil->mu) or a timer is due.
  std::condition_variable wake_cv;
  std::atomic<bool> wake{false};
  bool blocked = false;  // waiting so (Stackless's "thread blocked": it cannot make progress alone)

  std::atomic<uint32_t> interrupt{0};
  // Instructions (dispatches) left before the dispatch loop consults the watchdog: its budget
  // while a stackless.run(timeout) is armed (tasklets/scheduler.h), else kTicksUnarmed. Every
  // dispatch loop on the thread counts it down in place, so nested loops share it and a switch
  // that starts a new timeslice resets it for whichever loop runs next.
  static constexpr int64_t kTicksUnarmed = INT64_MAX / 2;
  int64_t ticks_left = kTicksUnarmed;
  // Set by YIELD_VALUE when the entry frame the dispatcher returns from yielded (rather than
  // returned); read and cleared by gen_send.
  bool yielded = false;
  // Tasklet switching (tasklets/scheduler.h). The dispatch loop sets soft_call just before it
  // calls a native function that may switch tasklets (NativeFunction::may_switch); the native
  // consumes it on entry: only such a direct call may switch softly. soft_switched is set by a
  // soft switch: the native's return value is to be dropped and the loop must run the frame
  // chain now in `ctx`.
  bool soft_call = false;
  bool soft_switched = false;
  std::unique_ptr<Scheduler, SchedulerDeleter> sched;

  // The C stack: native recursion (repr of nested lists, nested dispatch) is refused with a
  // RecursionError before it gets near the end of the stack.
  char* stack_limit = nullptr;
  bool stack_exhausted() const {
    char here;
    return &here < stack_limit;
  }

  // Objects currently being repr()'d, to print [...] for self-referencing containers.
  std::vector<Object*> repr_stack;

  // ---- raising (all return Null so that `return t.raise(...)` reads naturally) ----
  Value raise(Type* exc_type, const char* fmt, ...) __attribute__((format(printf, 3, 4)));
  Value raise_str(Type* exc_type, std::string msg);
  Value raise_value(Value exc);  // an exception instance or class
  bool has_pending() const { return !pending.is_null(); }
  bool pending_is(Type* exc_type) const;
  Value take_pending() { return std::move(pending); }
  void clear_pending() { pending = Value(); }
};

// A builtin type (single base), freed with the Runtime. Its dict is the caller's to allocate
// once the Runtime is constructed.
Type* make_type(Runtime& vm, const char* name, Type* base, Kind kind);
// A builtin type of a native module, named `module.name` as CPython's tp_name (so in repr and
// errors), subclass of object, its dict allocated: instances are `kind`, made by `ops` (for
// Kind::Native) or `construct`. Methods are the caller's to add.
Type* make_module_type(Runtime& vm, const char* module, const char* name, Kind kind, const NativeOps* ops,
                       Value (*construct)(Thread&, Type*, Value*, int, Tuple*));
// NativeOps parts for instances that hold no references.
void traverse_nothing(Object* o, void (*visit)(Object*, void*), void* arg);
void clear_nothing(Object* o);

struct NativeModuleDef {
  std::string name;
  void (*init)(Thread& t, Module* m);
};

struct Runtime {
  Runtime();
  ~Runtime();
  Runtime(const Runtime&) = delete;
  Runtime& operator=(const Runtime&) = delete;

  GcHeap gc;  // first: every object's type points at it
  Types types{};
  Names names{};
  Dunders dunders{};
  Module* builtins = nullptr;
  Module* sys = nullptr;
  Dict* modules = nullptr;  // sys.modules
  Value not_implemented;
  Value ellipsis;
  Value empty_tuple;
  Value empty_str;
  int recursion_limit = 1000;
  uint64_t dict_versions = 0;  // the last dict version handed out (see objects/dict.h)
  std::vector<NativeModuleDef> native_modules;
  // Recycled frames, bucketed by slot count (see dispatcher/frame.h).
  struct FrameFreeList {
    Frame* head = nullptr;
    uint32_t count = 0;
  };
  static constexpr int kPooledFrameSlots = 64;
  FrameFreeList frame_pool[kPooledFrameSlots];
  std::vector<Type*> all_types;  // every builtin type, freed with the Runtime
  // Every live class defined in script (weak: a class removes itself when freed). Teardown
  // clears their namespaces, which breaks the cycles classes form with their methods.
  std::unordered_set<Type*> heap_types;
  std::unique_ptr<Thread> main_thread;
  // OS threads (runtime/threads.h): the GIL, every live Thread (main first), the threads started
  // by script and not yet finished, and whether teardown has begun (threads then wait for ever).
  std::unique_ptr<platform::Gil> gil = std::make_unique<platform::Gil>();
  std::vector<Thread*> threads;
  int started_threads = 0;
  bool finalizing = false;
  // Set by the tasklets module: whether the thread's current tasklet may not be switched out
  // involuntarily (atomic), which also keeps the GIL; a debug switch lets the GIL go anyway.
  bool (*switch_inhibited)(Thread& t) = nullptr;
  bool gil_ignores_atomic = false;
  Type* thread_lock_type = nullptr;  // _thread.lock, once _thread is imported
  // Set by the tasklets module: a script thread ends (its tasklets are killed or detached).
  void (*thread_exit_tasklets)(Thread& t) = nullptr;
  // The tasklets module's types (set when it starts): every thread's scheduler uses them.
  struct {
    Type* tasklet = nullptr;
    Type* channel = nullptr;
    Type* bomb = nullptr;
    Value entry;  // __tasklet_call__
  } tasklet_types;
  // Set by the tasklets module when it starts: kills the tasklets still alive when the VM shuts
  // down (their finally blocks run), before modules are torn down.
  void (*shutdown_tasklets)(Thread& t) = nullptr;
  // Set by the tasklets module: time.sleep(seconds) makes only the calling tasklet wait once
  // the thread has a scheduler. Consumes Thread::soft_call.
  Value (*tasklet_sleep)(Thread& t, double seconds) = nullptr;
  // Weak references by referent (see objects/weakref.h) and the gc module's state.
  std::unordered_map<Object*, std::vector<WeakRef*>> weakrefs;
  GcModuleState gc_state;
  // The attribute dicts of instances of script subclasses of str, tuple, set and frozenset,
  // whose builtin layouts keep no dict slot (most such instances never get one). An object with
  // an entry has kFlagExtraDict; its destruction removes the entry.
  std::unordered_map<Object*, Value> extra_dicts;

  // The type attribute cache (CPython's method cache): what a look-up of a name along a type's
  // MRO found, valid while `class_epoch` is unchanged. Every change to a type's namespace dict
  // (kFlagClassDict), including its destruction, bumps the epoch, so an entry never outlives the
  // value it points at; entries therefore hold no references.
  struct AttrCacheEntry {
    Type* type = nullptr;
    uintptr_t key = 0;  // the name's Str*, low bit set for heap-only (special method) look-ups
    uint64_t epoch = 0;
    alignas(Value) unsigned char value[sizeof(Value)] = {};  // a non-owning copy
  };
  static constexpr size_t kAttrCacheSize = 4096;
  std::unique_ptr<AttrCacheEntry[]> attr_cache{new AttrCacheEntry[kAttrCacheSize]};
  uint64_t class_epoch = 1;
  uint64_t type_serial = 0;  // the last Type::serial handed out
  AttrCacheEntry& attr_cache_slot(Type* type, uintptr_t key) {
    uintptr_t h = (reinterpret_cast<uintptr_t>(type) >> 4) * 31 + (key >> 3);
    return attr_cache[h & (kAttrCacheSize - 1)];
  }

  // Interned strings: the table holds one reference to each.
  Str* intern(std::string_view s);
  std::unordered_map<std::string_view, Str*> interned;

  // Runs source text as the module `name` (the CLI's __main__, exec_string). Returns the module
  // or Null with an exception pending. May run arbitrary script code.
  Value run_source(Thread& t, std::string_view source, const std::string& filename,
                   const std::string& module_name);
  // Imports a module the way `import name` does (sys.modules, native modules, sys.path).
  Value import_module(Thread& t, Str* name);
};

// The attribute cache's look-up: true and *out set (Null for "absent") on a hit.
inline bool attr_cache_get(Runtime& vm, Type* type, uintptr_t key, Value* out) {
  Runtime::AttrCacheEntry& e = vm.attr_cache_slot(type, key);
  if (e.type != type || e.key != key || e.epoch != vm.class_epoch) return false;
  *out = *reinterpret_cast<const Value*>(e.value);  // copying takes a reference
  return true;
}
inline void attr_cache_put(Runtime& vm, Type* type, uintptr_t key, const Value& v) {
  Runtime::AttrCacheEntry& e = vm.attr_cache_slot(type, key);
  e.type = type;
  e.key = key;
  e.epoch = vm.class_epoch;
  std::memcpy(e.value, static_cast<const void*>(&v), sizeof(Value));
}

// printf into a std::string.
std::string strfmt(const char* fmt, ...) __attribute__((format(printf, 1, 2)));
std::string vstrfmt(const char* fmt, va_list ap);

}  // namespace eddy
