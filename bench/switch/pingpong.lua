-- Lua 5.4 coroutine ping-pong: one round trip = a resume (with a value) and a yield (with one).
local N = 1000000
local co = coroutine.create(function(v)
  while true do v = coroutine.yield(v + 1) end
end)
local clock = os.clock
local start = clock()
local v = 0
for _ = 1, N do
  local _, r = coroutine.resume(co, v)
  v = r
end
local elapsed = clock() - start
assert(v == N)
print(string.format("ns_per_op %.1f", elapsed / N * 1e9))
