package com.openplatform.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/** Closed-loop load: {@code clients} threads, each sending the next request when one answers. */
final class Load implements AutoCloseable {

  private final ExecutorService io = Executors.newFixedThreadPool(4);

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .executor(io)
          .build();

  /** Stops the client's threads, so that the benchmark's JVM (Maven's, under exec:java) ends. */
  @Override
  public void close() {
    io.shutdownNow();
  }

  /** What one run measured. */
  record Result(
      String name, int clients, long requests, long failures, double seconds, long[] nanos) {

    double throughput() {
      return requests / seconds;
    }

    double percentileMillis(double p) {
      if (nanos.length == 0) {
        return Double.NaN;
      }
      long[] sorted = nanos.clone();
      Arrays.sort(sorted);
      int index = (int) Math.min(sorted.length - 1, Math.ceil(p / 100.0 * sorted.length) - 1);
      return sorted[Math.max(0, index)] / 1_000_000.0;
    }
  }

  Result run(String name, String url, String host, String token, int clients, Duration length)
      throws Exception {
    return run(name, get(url, host, token), clients, length);
  }

  /**
   * Open-loop load: {@code clients} threads together offer {@code perSecond} requests a second,
   * each on its own fixed schedule whether or not earlier answers came late. A request's time runs
   * from when it was due, not from when it could be sent, so a stall counts against every request
   * it delayed (no coordinated omission).
   */
  Result paced(String name, HttpRequest request, int clients, double perSecond, Duration length)
      throws Exception {
    return load(name, request, clients, length, (long) (clients * 1e9 / perSecond));
  }

  /** The GET a signed-in client sends to {@code url} on the tenant's site {@code host}. */
  static HttpRequest get(String url, String host, String token) {
    return HttpRequest.newBuilder(URI.create(url))
        .header("Host", host)
        .header("Authorization", "Bearer " + token)
        .header("Accept", "application/json")
        .timeout(Duration.ofSeconds(30))
        .GET()
        .build();
  }

  /** Sends {@code request} again and again; a 200 counts, anything else is a failure. */
  Result run(String name, HttpRequest request, int clients, Duration length) throws Exception {
    return load(name, request, clients, length, 0);
  }

  /**
   * {@code clients} threads sending {@code request} until {@code length} is over: each the moment
   * its previous request answered ({@code interval} 0, closed loop) or every {@code interval}
   * nanoseconds from its own start (open loop). A 200 counts, anything else is a failure.
   */
  private Result load(String name, HttpRequest request, int clients, Duration length, long interval)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long begin = System.nanoTime();
    long end = begin + length.toNanos();
    AtomicLong failures = new AtomicLong();
    List<Future<long[]>> results = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      long first = begin + interval * c / clients;
      results.add(
          pool.submit(
              () -> {
                long[] mine = new long[1024];
                int n = 0;
                for (long due = first; ; due += interval) {
                  long now = System.nanoTime();
                  if (interval == 0) {
                    due = now;
                  } else if (due > now) {
                    LockSupport.parkNanos(due - now);
                  }
                  if (due >= end) {
                    break;
                  }
                  HttpResponse<String> response =
                      http.send(request, HttpResponse.BodyHandlers.ofString());
                  long took = System.nanoTime() - due;
                  if (response.statusCode() != 200) {
                    if (failures.incrementAndGet() == 1) {
                      System.err.println(
                          name
                              + ": first failure "
                              + response.statusCode()
                              + " "
                              + response.body());
                    }
                    continue;
                  }
                  if (n == mine.length) {
                    mine = Arrays.copyOf(mine, n * 2);
                  }
                  mine[n++] = took;
                }
                return Arrays.copyOf(mine, n);
              }));
    }
    long[] all = new long[0];
    for (Future<long[]> f : results) {
      long[] part = f.get();
      long[] merged = Arrays.copyOf(all, all.length + part.length);
      System.arraycopy(part, 0, merged, all.length, part.length);
      all = merged;
    }
    double seconds = (System.nanoTime() - begin) / 1e9;
    pool.shutdown();
    return new Result(name, clients, all.length, failures.get(), seconds, all);
  }
}
