-- wrk script: POST /v1/optimize cycling through the issue's request grid
-- (3 security levels x 3 proof types x L in {1,16,256,4096} x 4 objectives = 144 distinct bodies).
-- Usage: wrk -t2 -c8 -d30s --latency -s optimizer-service/bench/optimize.lua http://127.0.0.1:13002
-- TYPES and LENGTHS (comma-separated) replace the grid's proof types and witness lengths, e.g. lengths between
-- the anchors: TYPES=commitment-opening LENGTHS=65,66,67,68,69,70 wrk -t1 -c1 -d20s --latency -s ... (12 x 6 bodies)
-- RANDOM_LENGTHS=1 instead draws every request's witness length uniformly from 1..4096 (seeded, so runs repeat):
-- mostly lengths seen once, the optimizer's worst case for its kept interpolated columns.
local function list(variable, default, pattern, convert)
  local value = os.getenv(variable)
  if value == nil or value == "" then
    return default
  end
  local items = {}
  for item in string.gmatch(value, pattern) do
    items[#items + 1] = convert(item)
  end
  return items
end
local levels = {128, 192, 256}
local types = list("TYPES", {"lwe-secret", "commitment-opening", "linear-relation"}, "[%a-]+", tostring)
local lengths = list("LENGTHS", {1, 16, 256, 4096}, "%d+", tonumber)
local objectives = {
  '{"proofBytes":1,"proveMillis":0,"verifyMillis":0}',
  '{"proofBytes":0,"proveMillis":1,"verifyMillis":0}',
  '{"proofBytes":0,"proveMillis":0,"verifyMillis":1}',
  '{"proofBytes":1,"proveMillis":1,"verifyMillis":1}',
}
local bodies = {}
for _, level in ipairs(levels) do
  for _, t in ipairs(types) do
    for _, l in ipairs(lengths) do
      for _, o in ipairs(objectives) do
        bodies[#bodies + 1] = string.format(
          '{"securityBits":%d,"proofType":"%s","witnessLength":%d,"objective":%s}', level, t, l, o)
      end
    end
  end
end
local i = 0

local randomLengths = os.getenv("RANDOM_LENGTHS") == "1"
math.randomseed(42)

request = function()
  if randomLengths then
    local body = string.format('{"securityBits":%d,"proofType":"%s","witnessLength":%d,"objective":%s}',
      levels[math.random(#levels)], types[math.random(#types)], math.random(4096), objectives[math.random(#objectives)])
    return wrk.format("POST", "/v1/optimize", {["Content-Type"] = "application/json"}, body)
  end
  i = i % #bodies + 1
  return wrk.format("POST", "/v1/optimize", {["Content-Type"] = "application/json"}, bodies[i])
end

done = function(summary, latency, requests)
  io.write(string.format("requests %d, non-2xx %d, p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms\n",
    summary.requests, summary.errors.status, latency:percentile(50) / 1000, latency:percentile(90) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000))
end
