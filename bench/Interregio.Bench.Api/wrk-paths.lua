-- wrk script for bench/api-latency.sh: each connection's requests cycle through the paths listed one per line in the
-- file given after "--" (each wrk thread starts at its own random line), and the run ends with one RESULT line that
-- the script turns into a table row. Latencies in milliseconds.
local paths = {}
local count = 0
local next_index = 0

function init(args)
  for line in io.lines(args[1]) do
    count = count + 1
    paths[count] = line
  end
  if count == 0 then
    error("no paths in " .. args[1])
  end
  next_index = math.random(count)
end

function request()
  next_index = next_index % count + 1
  return wrk.format("GET", paths[next_index])
end

function done(summary, latency, requests)
  local errors = summary.errors
  io.write(string.format(
    "RESULT requests=%d seconds=%.3f bytes=%d socket_errors=%d non2xx=%d p50=%.2f p95=%.2f p99=%.2f max=%.2f\n",
    summary.requests, summary.duration / 1e6, summary.bytes,
    errors.connect + errors.read + errors.write + errors.timeout, errors.status,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
