-- wrk reports p50, p95 and p99 in milliseconds.
done = function(summary, latency, requests)
  io.write(string.format("requests=%d errors=%d p50=%.1fms p95=%.1fms p99=%.1fms\n", summary.requests,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000))
end
