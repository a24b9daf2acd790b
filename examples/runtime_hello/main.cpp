// Goroutines and channels from plain C++ with the goxx runtime: a fan-out/fan-in sum and a pipeline.
// This is what goxx-generated code does under the hood; see samples/ for the same ideas written in Go.
#include <cstdio>

#include "goxx/chan.h"
#include "goxx/goroutine.h"
#include "goxx/main.h"
#include "goxx/sync.h"

int main(int argc, char** argv) {
  goxx::runMain(argc, argv, [] {
    std::printf("hello from goroutine %llu\n",
                static_cast<unsigned long long>(goxx::goroutineId(goxx::currentG())));

    // Fan-out: 1000 goroutines each send one square; fan-in: main adds them up.
    auto squares = goxx::makeChan<long>(64);
    goxx::sync::WaitGroup wg;
    for (long i = 1; i <= 1000; i++) {
      wg.Add(1);
      goxx::go([squares, &wg, i] {  // i is bound here, at the spawn site
        squares.send(i * i);
        wg.Done();
      });
    }
    goxx::go([squares, &wg] {
      wg.Wait();
      squares.close();
    });
    long sum = 0;
    long v;
    while (squares.recv(&v)) sum += v;
    std::printf("sum of squares 1..1000 = %ld\n", sum);

    // Pipeline: generate -> double -> print, each stage a goroutine connected by unbuffered channels.
    auto numbers = goxx::makeChan<int>();
    auto doubled = goxx::makeChan<int>();
    goxx::go([numbers] {
      for (int i = 1; i <= 5; i++) numbers.send(i);
      numbers.close();
    });
    goxx::go([numbers, doubled] {
      int n;
      while (numbers.recv(&n)) doubled.send(2 * n);
      doubled.close();
    });
    std::printf("pipeline:");
    int d;
    while (doubled.recv(&d)) std::printf(" %d", d);
    std::printf("\ndone\n");
  });
}
