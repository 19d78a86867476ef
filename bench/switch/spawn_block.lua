-- Creating and starting 1,000,000 coroutines that each suspend (yield): ns each, bytes each.
local N = 1000000
local function rss_kb()
  for line in io.lines("/proc/self/status") do
    local kb = line:match("^VmRSS:%s+(%d+)")
    if kb then return tonumber(kb) end
  end
end
local cos = {}
local before = rss_kb()
local start = os.clock()
for i = 1, N do
  local co = coroutine.create(function() coroutine.yield() end)
  coroutine.resume(co)
  cos[i] = co
end
local elapsed = os.clock() - start
local after = rss_kb()
print(string.format("ns_per_op %.1f", elapsed / N * 1e9))
print(string.format("bytes_per_tasklet %.0f", (after - before) * 1024 / N))
