-- One client, one request at a time, cycling through searches: wrk's latency is then the
-- server's time for each search plus a loopback round trip. Prints p50 and p95 in ms.
local paths = {}
local n = 0

function init(args)
  for _, path in ipairs(args) do paths[#paths + 1] = path end
end

function request()
  n = n % #paths + 1
  return wrk.format("GET", paths[n])
end

function done(summary, latency, requests)
  io.write(string.format("search-ms %.2f %.2f %d\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, summary.requests))
end
