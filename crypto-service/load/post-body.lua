-- wrk script: POST the JSON file named by BODY_FILE to the URL given on the command line.
-- Counts non-200 answers and answers without the expected marker (EXPECT, e.g. '"valid":true').
local file = assert(io.open(os.getenv("BODY_FILE"), "r"), "set BODY_FILE")
wrk.method = "POST"
wrk.body = file:read("*a")
file:close()
wrk.headers["Content-Type"] = "application/json"
-- AUTHORIZATION (e.g. "Bearer <token>"), when set, is sent as the Authorization header
local authorization = os.getenv("AUTHORIZATION")
if authorization and authorization ~= "" then
  wrk.headers["Authorization"] = authorization
end
local expect = os.getenv("EXPECT")
local unexpected = 0

response = function(status, headers, body)
  if status ~= 200 or (expect and not string.find(body, expect, 1, true)) then
    unexpected = unexpected + 1
  end
end

done = function(summary, latency, requests)
  io.write(string.format("unexpected answers: %d\n", unexpected))
end
