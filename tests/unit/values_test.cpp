#include <gtest/gtest.h>

#include "eddy/eddy.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/int.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/ops.h"
#include "runtime/vm.h"

using namespace eddy;

TEST(Values, ValueIsSixteenBytesAndUnboxesScalars) {
  EXPECT_EQ(sizeof(Value), 16u);
  EXPECT_TRUE(Value::integer(5).is_int());
  EXPECT_TRUE(Value::real(1.5).is_float());
  EXPECT_TRUE(Value().is_null());
}

TEST(Values, RefcountsFollowCopiesAndMoves) {
  VM vm;
  Value s = new_str(vm.runtime(), "hello world");
  EXPECT_EQ(s.obj()->refcnt, 1u);
  {
    Value copy = s;
    EXPECT_EQ(s.obj()->refcnt, 2u);
    Value moved = std::move(copy);
    EXPECT_TRUE(copy.is_null());
    EXPECT_EQ(s.obj()->refcnt, 2u);
  }
  EXPECT_EQ(s.obj()->refcnt, 1u);
}

TEST(Values, IntOverflowPromotesAndNormalizes) {
  VM vm;
  Thread& t = *vm.runtime().main_thread;
  Value big = int_binary(t, IntOp::Mul, Value::integer(INT64_MAX), Value::integer(2));
  ASSERT_TRUE(is_bigint(big));
  Value back = int_binary(t, IntOp::FloorDiv, big, Value::integer(2));
  ASSERT_TRUE(back.is_int());  // normalized to an unboxed int
  EXPECT_EQ(back.as_int(), INT64_MAX);
  EXPECT_EQ(int_to_string(int_binary(t, IntOp::Pow, Value::integer(2), Value::integer(100))),
            "1267650600228229401496703205376");
}

TEST(Values, FloorDivisionAndModuloRoundDown) {
  VM vm;
  Thread& t = *vm.runtime().main_thread;
  EXPECT_EQ(int_binary(t, IntOp::FloorDiv, Value::integer(-7), Value::integer(2)).as_int(), -4);
  EXPECT_EQ(int_binary(t, IntOp::Mod, Value::integer(-7), Value::integer(2)).as_int(), 1);
  EXPECT_EQ(int_binary(t, IntOp::Mod, Value::integer(7), Value::integer(-2)).as_int(), -1);
}

TEST(Values, FloatReprIsShortestRoundTrip) {
  EXPECT_EQ(float_repr(0.1), "0.1");
  EXPECT_EQ(float_repr(1e16), "1e+16");
  EXPECT_EQ(float_repr(1.5e-7), "1.5e-07");
  EXPECT_EQ(float_repr(123456789.0), "123456789.0");
  EXPECT_EQ(float_repr(-0.0), "-0.0");
}

TEST(Values, HashesOfEqualNumbersAgree) {
  EXPECT_EQ(int_hash(Value::integer(10)), float_hash(10.0));
  EXPECT_EQ(int_hash(Value::integer(-1)), -2);
}

TEST(Values, DictKeepsInsertionOrderAcrossDeletes) {
  VM vm;
  Runtime& rt = vm.runtime();
  Thread& t = *rt.main_thread;
  Value d = new_dict(rt);
  for (int i = 0; i < 100; ++i) as_dict(d)->set(t, Value::integer(i), Value::integer(i * i));
  for (int i = 0; i < 100; i += 2) as_dict(d)->del(t, Value::integer(i));
  as_dict(d)->set(t, Value::integer(1000), Value::none());
  std::string r;
  ASSERT_TRUE(repr_into(t, d, r));
  EXPECT_EQ(r.substr(0, 16), "{1: 1, 3: 9, 5: ");
  EXPECT_EQ(as_dict(d)->used, 51);
  EXPECT_EQ(as_dict(d)->get(t, Value::real(3.0)).as_int(), 9);  // 3.0 == 3
}

TEST(Values, StrIndexingIsByCodePoint) {
  VM vm;
  Value s = new_str(vm.runtime(), "h\xc3\xa9llo");
  EXPECT_EQ(as_str(s)->length, 5);
  EXPECT_FALSE(as_str(s)->ascii);
  EXPECT_EQ(utf8_offset(as_str(s), 2), 3u);
}
