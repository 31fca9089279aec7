-- wrk script: a mixed query set against /api/search, one query a request, round robin.
-- The queries are the development questions, read from the file named by QUERIES
-- (default tests/eval/questions.jsonl), half of them with a region or domain filter.
local queries = {}
local function urlencode(s)
  return (s:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end
local file = os.getenv("QUERIES") or "tests/eval/questions.jsonl"
for line in io.lines(file) do
  local q = line:match('"question":%s*"([^"]*)"')
  if q then
    table.insert(queries, "/api/search?q=" .. urlencode(q))
    local region = line:match('"region":%s*"([^"]*)"')
    local domain = line:match('"domain":%s*"([^"]*)"')
    if region then table.insert(queries, "/api/search?q=" .. urlencode(q) .. "&region=" .. urlencode(region)) end
    if domain then table.insert(queries, "/api/search?q=" .. urlencode(q) .. "&domain=" .. urlencode(domain)) end
  end
end
local n = 0
request = function()
  n = n + 1
  return wrk.format("GET", queries[(n % #queries) + 1])
end
local errors = 0
response = function(status)
  if status ~= 200 then errors = errors + 1 end
end
done = function(summary, latency, requests)
  io.write(string.format("queries in the mix: %d\n", #queries))
  io.write(string.format("requests: %d, non-2xx: %d, socket errors: %d\n", summary.requests,
    summary.errors.status, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
  io.write(string.format("p50 %.2f ms, p99 %.2f ms\n", latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
