-- wrk script for bench/compare.sh: one request a query, the queries in rotation (no query is
-- asked twice in a row, so no engine answers from a cache of the last request).
-- PATHS: a file of request paths, one a line (already URL-encoded).
-- HEADER: an optional "Name: value" header sent with every request (Meilisearch's key).
local paths = {}
for line in io.lines(os.getenv("PATHS")) do
  if #line > 0 then table.insert(paths, line) end
end
local headers = {}
local header = os.getenv("HEADER") or ""
local name, value = header:match("^([^:]+):%s*(.*)$")
if name then headers[name] = value end

local counter = 0
local threads = {}
setup = function(thread)
  thread:set("offset", #threads * 7919)
  table.insert(threads, thread)
end
request = function()
  counter = counter + 1
  return wrk.format("GET", paths[((counter + (offset or 0)) % #paths) + 1], headers)
end
done = function(summary, latency, requests)
  local seconds = summary.duration / 1e6
  io.write(string.format("RESULT %.1f %.2f %.2f %d %d %d\n",
    summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.requests, summary.errors.status,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
