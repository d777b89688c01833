-- Paces each wrk connection: after every response it waits `pause_ms`, so that the offered rate
-- is about connections * 1000 / (pause_ms + latency). Plain wrk has no fixed-rate mode.
-- Usage: wrk -s paced.lua ... -- <pause_ms> <header: value> ...
local pause_ms = 20
local extra = {}

function init(args)
  pause_ms = tonumber(args[1] or "20")
  for i = 2, #args do
    local name, value = args[i]:match("^([^:]+):%s*(.*)$")
    if name then extra[name] = value end
  end
end

function request()
  return wrk.format("GET", nil, extra)
end

function delay()
  return pause_ms
end

done = function(summary, latency, requests)
  local seconds = summary.duration / 1e6
  io.write(string.format("achieved rate: %.1f requests/s, errors: %d non-2xx/3xx, %d socket\n",
    summary.requests / seconds, summary.errors.status,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
  for _, p in pairs({ 50, 90, 99, 99.9 }) do
    io.write(string.format("p%s: %.2f ms\n", p, latency:percentile(p) / 1000))
  end
end
