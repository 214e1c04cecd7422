-- wrk script for scripts/load-fault.sh: POST /api/v1/assessments, rotating through the bodies
-- in $LF_MANIFEST (bodies.py) by weight, each connection from its own random place; counts
-- every status and writes the totals with latency percentiles to $LF_RESULT as JSON.

local threads = {}
local next_id = 0

function setup(thread)
  next_id = next_id + 1
  thread:set("id", next_id)
  table.insert(threads, thread)
end

local reqs = {}
local at = 1
counts = {}

function init(args)
  for line in io.lines(os.getenv("LF_MANIFEST")) do
    local weight, ctype, kind, expected, path = line:match("^(%d+)\t([^\t]*)\t([^\t]*)\t(%d+)\t(.+)$")
    if weight then
      local f = assert(io.open(path, "rb"))
      local body = f:read("*a")
      f:close()
      local headers = { ["Host"] = wrk.headers["Host"] }
      if ctype ~= "" then headers["Content-Type"] = ctype end
      local r = wrk.format("POST", "/api/v1/assessments", headers, body)
      for _ = 1, tonumber(weight) do reqs[#reqs + 1] = r end
    end
  end
  assert(#reqs > 0, "no bodies in the manifest")
  -- Shuffle, so neighbouring requests differ; each thread its own order.
  math.randomseed(os.time() * 1000 + (id or 0))
  for i = #reqs, 2, -1 do
    local j = math.random(i)
    reqs[i], reqs[j] = reqs[j], reqs[i]
  end
  at = math.random(#reqs)
end

function request()
  at = at % #reqs + 1
  return reqs[at]
end

function response(status, headers, body)
  counts[status] = (counts[status] or 0) + 1
end

local function json_counts(t)
  local parts = {}
  for k, v in pairs(t) do parts[#parts + 1] = string.format('"%d":%d', k, v) end
  return "{" .. table.concat(parts, ",") .. "}"
end

function done(summary, latency, requests)
  local total = {}
  for _, t in ipairs(threads) do
    for k, v in pairs(t:get("counts") or {}) do total[k] = (total[k] or 0) + v end
  end
  local e = summary.errors
  local out = string.format(
    '{"duration_us":%d,"requests":%d,"bytes":%d,"status":%s,' ..
    '"errors":{"connect":%d,"read":%d,"write":%d,"timeout":%d,"status":%d},' ..
    '"latency_us":{"min":%d,"mean":%.1f,"stdev":%.1f,"max":%d,"p50":%d,"p90":%d,"p99":%d,"p999":%d}}',
    summary.duration, summary.requests, summary.bytes, json_counts(total),
    e.connect, e.read, e.write, e.timeout, e.status,
    latency.min, latency.mean, latency.stdev, latency.max,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency:percentile(99.9))
  local f = assert(io.open(os.getenv("LF_RESULT"), "w"))
  f:write(out .. "\n")
  f:close()
end
